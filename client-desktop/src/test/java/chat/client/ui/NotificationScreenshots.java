package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.ScreenshotStage;
import chat.protocol.client.DmOpen;
import chat.protocol.http.AuthResult;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.RoomResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the screenshot of a notification shown in the window (where the desktop has no
 * notification service), with a mention badge and a direct room's presence dot in the sidebar. Run
 * it with {@code -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class NotificationScreenshots {

  @TempDir Path dir;

  @Test
  void aToastAMentionBadgeAndAPresenceDot() {
    try (ScreenshotStage stage = ScreenshotStage.start(dir, "bob")) {
      Peer bob = stage.peer("bob");
      AuthResult alice = stage.alice();
      List<String> withAlice = List.of(alice.user().userId());
      String general = bob.createRoom("general", RoomVisibility.PUBLIC, withAlice).roomId();
      String design = bob.createRoom("design", RoomVisibility.PUBLIC, withAlice).roomId();
      String dm =
          bob.request(id -> new DmOpen(id, alice.user().userId()), RoomResult.class)
              .room()
              .roomId();
      bob.say(general, "Morning! Standup moves to 10:30 today.");

      AppDriver app = stage.appSignedIn(5);
      app.openRoom("general");
      AppDriver.waitFor("bob's dot", () -> app.exists("#rooms .presence-online"));
      bob.say(dm, "Lunch later?");
      bob.say(design, "@alice could you look at the new login screen before Friday?");
      AppDriver.waitFor("two toasts", () -> app.robot().lookup(".toast").queryAll().size() == 2);
      app.snapshot("notification-toast.png");
    }
  }
}
