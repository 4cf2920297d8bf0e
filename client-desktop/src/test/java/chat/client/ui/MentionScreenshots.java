package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.protocol.client.RoomCreate;
import chat.protocol.http.AuthResult;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.RoomResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes {@code mention-autocomplete.png}: the composer's mention suggestions open in the light
 * theme, in a room of five people on a real server, under a message that mentions the reader. Run
 * it with {@code -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class MentionScreenshots {

  @TempDir Path dir;

  @Test
  void theMentionSuggestionsOpenInTheLightTheme() {
    try (LiveServer server = LiveServer.start(dir.resolve("server"), "Acme office");
        Peer bob = Peer.register(server, "bob");
        Peer ana = Peer.register(server, "ana");
        Peer andre = Peer.register(server, "andre");
        Peer carol = Peer.register(server, "carol")) {
      ana.rename("Ana Lima");
      andre.rename("André Costa");
      AuthResult alice = Peer.account(server, "alice");
      List<String> members =
          List.of(alice.user().userId(), ana.userId(), andre.userId(), carol.userId());
      String general =
          bob.request(
                  id -> new RoomCreate(id, "general", RoomVisibility.PUBLIC, members),
                  RoomResult.class)
              .room()
              .roomId();
      bob.say(general, "The release candidate is up on the staging server.");
      carol.say(general, "@alice, could you or someone check the login screen on a laptop?");

      AppDriver app = AppDriver.launch(dir.resolve("app"));
      try {
        app.connect(server.address());
        app.signIn("alice", "password123");
        AppDriver.waitFor("the rooms", () -> app.exists("#rooms"));
        app.openRoom("general");
        app.chooseTheme("#theme-light");
        app.click("#composer");
        app.robot().write("I can, or @an");
        AppDriver.waitFor(
            "two suggestions",
            () ->
                app.robot().lookup("#mention-suggestions .mention-suggestion").queryAll().size()
                    == 2);
        app.snapshotWithPopups("mention-autocomplete.png");
      } finally {
        app.close();
      }
    }
  }
}
