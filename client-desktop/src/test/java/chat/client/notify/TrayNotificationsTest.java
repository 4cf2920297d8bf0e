package chat.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.ChildJvm;
import chat.client.support.VirtualDesktop;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Notifications on a desktop with a system tray and no notification service (Windows, or a Linux
 * tray without one): a virtual display with a tray panel, and the app's notifier in a JVM of its
 * own, where AWT is not headless (see {@link TrayNotificationsProbe}). Skipped where there is no
 * {@code Xvfb} or {@code tint2}.
 */
class TrayNotificationsTest {

  private static final Duration STEP = Duration.ofSeconds(60);

  @Test
  void withATrayAndNoDbusANotificationIsABalloonOfTheTrayIconAndItsClickOpensTheRoom() {
    try (VirtualDesktop desktop = VirtualDesktop.withTray();
        ChildJvm probe =
            ChildJvm.start(
                VirtualDesktop::headlessFxOnly,
                Map.of("DISPLAY", desktop.display(), "DBUS_SESSION_BUS_ADDRESS", ""),
                TrayNotificationsProbe.class.getName())) {
      assertThat(probe.awaitLine("the tray icon", STEP, l -> l.startsWith("tray icon")))
          .isEqualTo("tray icon shown without hosting, menu: [Open, Quit]");
      assertThat(probe.awaitLine("the balloon", STEP, l -> l.startsWith("balloon")))
          .isEqualTo("balloon shown: true");
      assertThat(probe.awaitLine("the click", STEP, l -> l.startsWith("room opened")))
          .isEqualTo("room opened: true, toasts: []");
      assertThat(probe.awaitLine("hosting", STEP, l -> l.startsWith("menu while hosting")))
          .isEqualTo("menu while hosting: [Open, Stop hosting, Quit], after: [Open, Quit]");
      assertThat(probe.awaitLine("the close", STEP, l -> l.startsWith("closed")))
          .isEqualTo("closed, icons in the tray: 0");
    }
  }
}
