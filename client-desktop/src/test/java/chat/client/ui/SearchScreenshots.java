package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomCreate;
import chat.protocol.http.AuthResult;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes {@code search.png}: the Ctrl+F panel over the main window, with several results from two
 * rooms and their matched words marked. Run it with {@code -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class SearchScreenshots {

  @TempDir Path dir;

  @Test
  void searchResults() {
    try (LiveServer server = LiveServer.start(dir.resolve("server"), "Acme office");
        Peer bob = Peer.register(server, "bob");
        Peer carol = Peer.register(server, "carol")) {
      AuthResult alice = Peer.account(server, "alice");
      List<String> everyone = List.of(alice.user().userId(), carol.userId());
      String general = room(bob, "general", everyone);
      String launch = room(carol, "launch-plan", List.of(alice.user().userId(), bob.userId()));
      say(bob, general, "The release build for Friday is green; notes are in the wiki.");
      say(carol, launch, "Release checklist: sign the installers, then tag the release.");
      say(bob, general, "Lunch at noon? The new place by the station.");
      say(carol, general, "Who owns the release notes this time?");
      say(bob, launch, "I can write the release notes if someone reviews them before Friday.");
      say(carol, launch, "Friday works for the release party. Monday stays free for fixes.");

      AppDriver app = AppDriver.launch(dir.resolve("app"));
      try {
        app.connect(server.address());
        app.signIn("alice", "password123");
        AppDriver.waitFor(
            "the rooms", () -> app.exists("#rooms") && app.list("#rooms").getItems().size() >= 2);
        app.openRoom("general");
        app.robot().press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        AppDriver.waitFor("the search panel", () -> app.exists("#search-query"));
        app.fill("#search-query", "release*");
        app.robot().type(KeyCode.ENTER);
        AppDriver.waitFor("the results", () -> app.list("#search-results").getItems().size() == 5);
        app.snapshot("search.png");
      } finally {
        app.close();
      }
    }
  }

  private static String room(Peer owner, String name, List<String> members) {
    return owner
        .request(id -> new RoomCreate(id, name, RoomVisibility.PRIVATE, members), RoomResult.class)
        .room()
        .roomId();
  }

  private static void say(Peer peer, String roomId, String text) {
    peer.request(
        id -> new MessageSend(id, roomId, text, "c-" + System.nanoTime()), MessageResult.class);
  }
}
