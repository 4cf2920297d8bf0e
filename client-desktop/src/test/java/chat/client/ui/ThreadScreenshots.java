package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.ScreenshotStage;
import chat.client.ui.chat.ChatLine;
import chat.protocol.client.MessageSend;
import chat.protocol.model.Message;
import chat.protocol.result.MessageResult;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes {@code thread.png}: a conversation in the light theme with a thread's panel open beside it
 * (the root, replies of two people, ours, and the composer with "Also send to room"), and in the
 * conversation a root's summary with unseen replies and a reply also posted to the room. Not part
 * of the normal build: it runs with {@code -Dscreenshots=true}; the file goes to {@code
 * screenshots.dir}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ThreadScreenshots {

  @TempDir Path dir;

  @Test
  void aThreadOpenBesideTheConversation() {
    try (ScreenshotStage stage = ScreenshotStage.start(dir, "bob", "carol")) {
      Peer bob = stage.peer("bob");
      Peer carol = stage.peer("carol");
      String general = stage.general();
      Message release =
          say(bob, general, "Release 1.0 goes out on Friday. Anything blocking?", null);
      say(carol, general, "The installer for macOS still needs signing.", release);
      say(bob, general, "I can take that tomorrow morning.", release);
      Message lunch = say(carol, general, "Lunch at noon? The new place on the corner.", null);
      say(bob, general, "Count me in.", lunch);
      say(carol, general, "Great, I'll book a table for four.", lunch);

      AppDriver app = stage.appSignedIn(1);
      app.openRoom("general");
      app.chooseTheme("#theme-light");
      AppDriver.waitFor("the summaries", () -> app.exists("#messages .thread-count"));
      app.messages().openMenuOn(release.content());
      app.robot().clickOn("Reply in thread");
      app.click("#thread-composer");
      app.robot().write("Signed builds are in the release folder.");
      app.robot().type(KeyCode.ENTER);
      say(bob, general, "Thanks! Then we are good to go.", release);
      say(bob, general, "Booked for 12:15.", lunch);
      AppDriver.waitFor(
          "the thread and the mark",
          Duration.ofSeconds(15),
          () ->
              app.<ChatLine>list("#thread-messages").getItems().stream()
                      .anyMatch(l -> l.content().equals("Thanks! Then we are good to go."))
                  && app.exists("#messages .thread-unread"));
      app.snapshot("thread.png");
    }
  }

  private static Message say(Peer peer, String roomId, String text, Message root) {
    return peer.request(
            id ->
                root == null
                    ? new MessageSend(id, roomId, text, "c-" + System.nanoTime())
                    : MessageSend.reply(
                        id, roomId, text, "c-" + System.nanoTime(), root.messageId(), false),
            MessageResult.class)
        .message();
  }
}
