package chat.client.ui;

import chat.client.e2ee.EncryptedPeer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.ScreenshotStage;
import chat.protocol.model.RoomVisibility;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes {@code encrypted-room.png}: an encrypted room open, its lock in the sidebar and the
 * header, the messages read in the app, and one whose key has not come yet. Not part of the normal
 * build: {@code .ci/chat screenshots} runs it with {@code -Dscreenshots=true}. The file goes to
 * {@code screenshots.dir}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class EncryptedRoomScreenshots {

  @TempDir Path dir;

  @Test
  void anEncryptedRoomWithAMessageWaitingForItsKey() {
    try (ScreenshotStage stage = ScreenshotStage.start(dir, "carol")) {
      Peer carol = stage.peer("carol");
      String general = stage.general();
      carol.say(general, "Lunch at noon?");
      AppDriver app = stage.appSignedIn(1);
      try (EncryptedPeer bob = EncryptedPeer.signUp(stage.server(), dir.resolve("bob"), "bob")) {
        carol.createRoom("random", RoomVisibility.PUBLIC, stage.aliceAndOthers());
        String alice = stage.alice().user().userId();
        String room = bob.encryptedRoom("salary-review", List.of(alice)).roomId();
        bob.awaitDeviceOf(alice);
        app.openRoom("salary-review");
        bob.say(room, "The budget for next year is in: the raises can go ahead.");
        bob.say(room, "Only the two of us can read this room, not even the server.");
        app.say("Great news. I'll draft the letters tomorrow.");
        bob.awaitText("Great news. I'll draft the letters tomorrow.");
        bob.sayWithKeyHeldBack(room, "(its key has not arrived)");
        AppDriver.waitFor(
            "the message waiting for its key",
            () -> app.messages().contents("#messages").contains("Waiting for this message's key…"));
        AppDriver.waitFor("the toasts gone", Duration.ofSeconds(20), () -> !app.exists(".toast"));
        app.chooseTheme("#theme-light");
        app.snapshot("encrypted-room.png");
      }
    }
  }
}
