package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.ScreenshotStage;
import chat.protocol.client.MessageDelete;
import chat.protocol.client.MessagePin;
import chat.protocol.client.ReactionAdd;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.EmptyResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes {@code reactions-and-pins.png}, light theme: reaction chips (ours highlighted), a message
 * edited with Up showing "(edited)", a tombstone, and the pinned bar under the room's header. Not
 * part of the normal build: run with {@code -Dscreenshots=true}; the file goes to {@code
 * screenshots.dir}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ReactionsAndPinsScreenshots {

  private static final String THUMBS_UP = "\uD83D\uDC4D";
  private static final String PARTY = "\uD83C\uDF89";
  private static final String SMILE = "\uD83D\uDE04";

  @TempDir Path dir;

  @Test
  void reactionsAnEditATombstoneAndThePinnedBar() {
    try (ScreenshotStage stage = ScreenshotStage.start(dir, "bob", "carol");
        Peer alice = aliceOn(stage)) {
      Peer bob = stage.peer("bob");
      Peer carol = stage.peer("carol");
      String general =
          alice
              .createRoom("general", RoomVisibility.PUBLIC, List.of(bob.userId(), carol.userId()))
              .roomId();
      bob.say(general, "Morning! Stand-up moves to 10:30 today.");
      String agenda =
          carol.say(general, "Agenda for the week: https://wiki.acme.example/week-49").messageId();
      String notes = bob.say(general, "I'll bring the release notes for 1.0.").messageId();
      String wrong = carol.say(general, "Sorry, wrong room").messageId();
      alice.request(id -> new MessagePin(id, general, agenda), EmptyResult.class);
      react(carol, general, notes, THUMBS_UP);
      react(alice, general, notes, THUMBS_UP);
      react(carol, general, notes, PARTY);
      carol.request(id -> new MessageDelete(id, general, wrong), EmptyResult.class);

      AppDriver app = stage.appSignedIn(1);
      app.openRoom("general");
      app.say("Shipping at 3 pm.");
      String shipping = bob.received("Shipping at 3 pm.").messageId();
      app.click("#composer");
      app.robot().type(KeyCode.UP);
      AppDriver.waitFor("edit mode", () -> app.text("#composer").equals("Shipping at 3 pm."));
      app.robot().type(KeyCode.BACK_SPACE, 5);
      app.robot().write("4 pm, after the demo.");
      app.robot().type(KeyCode.ENTER);
      react(bob, general, shipping, SMILE);
      AppDriver.waitFor(
          "the edit, the reactions and the pin",
          Duration.ofSeconds(20),
          () ->
              app.messages().cellShowing("Shipping at 4 pm, after the demo.") != null
                  && app.messages()
                          .cellShowing("Shipping at 4 pm, after the demo.")
                          .lookup(".reaction-chip")
                      != null
                  && app.text("#pinned-text").startsWith("carol: Agenda"));
      app.chooseTheme("#theme-light");
      app.snapshot("reactions-and-pins.png");
    }
  }

  /** Alice, with an account on the stage's server, on a socket of her own. */
  private static Peer aliceOn(ScreenshotStage stage) {
    stage.alice();
    return Peer.login(stage.server(), "alice");
  }

  private static void react(Peer peer, String roomId, String messageId, String emoji) {
    peer.request(id -> new ReactionAdd(id, roomId, messageId, emoji), EmptyResult.class);
  }
}
