package chat.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChosenNotifierTest {

  @TempDir Path dir;
  private final List<String> toasts = new ArrayList<>();
  private final Notifier toast = (title, body, onClick) -> toasts.add(title);

  @Test
  void aSessionBusWithANotificationServiceIsChosen() throws Exception {
    try (SessionBus session = SessionBus.start(dir);
        RecordingNotifications desktop = RecordingNotifications.on(session);
        ChosenNotifier notifier =
            ChosenNotifier.choose(
                () -> DbusNotifier.onBus(session.address(), Runnable::run), toast, Runnable::run)) {

      notifier.show("bob", "hi", () -> {});

      assertThat(desktop.nextCall().summary()).isEqualTo("bob");
      assertThat(toasts).isEmpty();
    }
  }

  @Test
  void withoutOneTheWindowShowsToasts() {
    try (ChosenNotifier notifier = ChosenNotifier.choose(Optional::empty, toast, Runnable::run)) {

      notifier.show("bob", "hi", () -> {});

      assertThat(toasts).containsExactly("bob");
    }
  }
}
