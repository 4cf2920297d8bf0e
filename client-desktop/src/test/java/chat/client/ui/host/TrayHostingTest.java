package chat.client.ui.host;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.ChildJvm;
import chat.client.support.VirtualDesktop;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tray path of hosting, with a real system tray: a virtual display with a tray panel, and the
 * app's hosting in a JVM of its own, where AWT is not headless (see {@link TrayProbe}). Skipped
 * where there is no {@code Xvfb} or {@code tint2}.
 */
class TrayHostingTest {

  private static final Duration STEP = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void closingTheWindowWhileHostingLeavesATrayIconWhoseMenuOpensAndStops() {
    try (VirtualDesktop desktop = VirtualDesktop.withTray();
        ChildJvm probe =
            ChildJvm.start(
                VirtualDesktop::headlessFxOnly,
                Map.of("DISPLAY", desktop.display()),
                TrayProbe.class.getName(),
                dir.toString())) {
      assertThat(probe.awaitLine("the tray icon", STEP, l -> l.startsWith("tray icon")))
          .isEqualTo("tray icon shown, menu: [Open, Stop hosting, Quit]");
      assertThat(probe.awaitLine("the window closed", STEP, l -> l.startsWith("window closed")))
          .isEqualTo("window closed, server answers: true");
      probe.awaitLine("Open", STEP, "opened from the tray"::equals);
      assertThat(probe.awaitLine("Stop hosting", STEP, l -> l.startsWith("stopped")))
          .isEqualTo("stopped from the tray: quit true, server answers: false, tray icon gone");
    }
  }
}
