package chat.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.SessionBus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of choice: the desktop's service, else the tray, else toasts. */
class ChosenNotifierTest {

  @TempDir Path dir;
  private final List<String> shown = new ArrayList<>();
  private final Notifier toast = (title, body, onClick) -> shown.add("toast " + title);
  private final Notifier trayBalloon = (title, body, onClick) -> shown.add("tray " + title);
  private final List<String> asked = new ArrayList<>();

  /** A tray that is there, and notes that it was asked (asking shows the icon). */
  private final Supplier<Optional<? extends Notifier>> aTray =
      () -> {
        asked.add("tray");
        return Optional.of(trayBalloon);
      };

  @Test
  void aSessionBusWithANotificationServiceIsChosenAndTheTrayIsNotEvenAsked() throws Exception {
    try (SessionBus session = SessionBus.start(dir);
        RecordingNotifications desktop = RecordingNotifications.on(session);
        ChosenNotifier notifier =
            ChosenNotifier.choose(
                () -> DbusNotifier.onBus(session.address(), Runnable::run),
                aTray,
                toast,
                Runnable::run)) {

      notifier.show("bob", "hi", () -> {});

      assertThat(desktop.nextCall().summary()).isEqualTo("bob");
      assertThat(shown).isEmpty();
      assertThat(asked).as("no tray icon for notifications next to a D-Bus service").isEmpty();
    }
  }

  @Test
  void withoutOneTheTrayIconsBalloonsAreChosen() {
    try (ChosenNotifier notifier =
        ChosenNotifier.choose(Optional::empty, aTray, toast, Runnable::run)) {

      notifier.show("bob", "hi", () -> {});

      assertThat(shown).containsExactly("tray bob");
    }
  }

  @Test
  void withNeitherTheWindowShowsToasts() {
    try (ChosenNotifier notifier =
        ChosenNotifier.choose(Optional::empty, Optional::empty, toast, Runnable::run)) {

      notifier.show("bob", "hi", () -> {});

      assertThat(shown).containsExactly("toast bob");
    }
  }

  @Test
  void inWindowOnlyNeverAsksTheTray() {
    try (ChosenNotifier notifier = ChosenNotifier.inWindowOnly(toast)) {

      notifier.show("bob", "hi", () -> {});

      assertThat(shown).containsExactly("toast bob");
      assertThat(asked).isEmpty();
    }
  }
}
