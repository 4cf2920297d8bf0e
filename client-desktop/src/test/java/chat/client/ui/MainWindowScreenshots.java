package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.protocol.client.DmOpen;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomCreate;
import chat.protocol.http.AuthResult;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the README's screenshots of the main window, light and dark, with a real conversation on a
 * real server. Not part of the normal build; run it with {@code -Dscreenshots=true} (see the
 * README). The files go to {@code screenshots.dir}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class MainWindowScreenshots {

  @TempDir Path dir;

  @Test
  void mainWindowInLightAndDark() {
    try (LiveServer server = LiveServer.start(dir.resolve("server"), "Acme office");
        Peer bob = Peer.register(server, "bob");
        Peer carol = Peer.register(server, "carol")) {
      AuthResult alice = Peer.account(server, "alice");
      List<String> everyone = List.of(alice.user().userId(), carol.userId());
      String general = room(bob, "general", RoomVisibility.PUBLIC, everyone);
      String launch =
          room(carol, "launch-plan", RoomVisibility.PRIVATE, List.of(alice.user().userId()));
      room(bob, "random", RoomVisibility.PUBLIC, everyone);
      say(bob, general, "Morning all! The nightly build went green again.");
      say(carol, general, "Finally. Was it the flaky socket test?");
      say(bob, general, "Yes: it raced the server's shutdown. Fixed by waiting for the ack.");

      AppDriver app = AppDriver.launch(dir.resolve("app"));
      try {
        app.connect(server.address());
        app.signIn("alice", "password123");
        AppDriver.waitFor(
            "the rooms", () -> app.exists("#rooms") && app.list("#rooms").getItems().size() >= 5);
        app.openRoom("general");
        app.say("Nice catch. Shall we ship 1.0 on Friday?");
        say(
            carol,
            general,
            "Friday works for me. Release notes go here: https://wiki.acme.example/release-1.0");
        String dm =
            bob.request(id -> new DmOpen(id, alice.user().userId()), RoomResult.class)
                .room()
                .roomId();
        say(bob, dm, "Can you review my pull request before lunch?");
        say(carol, launch, "Draft of the launch checklist is in the wiki.");
        say(carol, launch, "Comments welcome!");
        AppDriver.waitFor("the replies", () -> app.list("#messages").getItems().size() >= 5);
        AppDriver.waitFor("unread badges", () -> app.title().startsWith("(3)"));
        app.snapshot("main-light.png");
        app.chooseTheme("#theme-dark");
        app.snapshot("main-dark.png");
        app.chooseTheme("#theme-light");
      } finally {
        app.close();
      }
    }
  }

  private static String room(
      Peer owner, String name, RoomVisibility visibility, List<String> members) {
    return owner
        .request(id -> new RoomCreate(id, name, visibility, members), RoomResult.class)
        .room()
        .roomId();
  }

  private static void say(Peer peer, String roomId, String text) {
    peer.request(
        id -> new MessageSend(id, roomId, text, "c-" + System.nanoTime()), MessageResult.class);
  }
}
