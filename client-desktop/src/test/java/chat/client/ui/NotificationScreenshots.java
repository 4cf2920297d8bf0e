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
import java.util.UUID;
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
    try (LiveServer server = LiveServer.start(dir.resolve("server"), "Acme office");
        Peer bob = Peer.register(server, "bob")) {
      AuthResult alice = Peer.account(server, "alice");
      List<String> withAlice = List.of(alice.user().userId());
      String general = room(bob, "general", withAlice);
      String design = room(bob, "design", withAlice);
      String dm =
          bob.request(id -> new DmOpen(id, alice.user().userId()), RoomResult.class)
              .room()
              .roomId();
      say(bob, general, "Morning! Standup moves to 10:30 today.");

      AppDriver app = AppDriver.launch(dir.resolve("app"));
      try {
        app.connect(server.address());
        app.signIn("alice", "password123");
        AppDriver.waitFor(
            "the rooms", () -> app.exists("#rooms") && app.list("#rooms").getItems().size() >= 5);
        app.openRoom("general");
        AppDriver.waitFor("bob's dot", () -> app.exists("#rooms .presence-online"));
        say(bob, dm, "Lunch later?");
        say(bob, design, "@alice could you look at the new login screen before Friday?");
        AppDriver.waitFor("two toasts", () -> app.robot().lookup(".toast").queryAll().size() == 2);
        app.snapshot("notification-toast.png");
      } finally {
        app.close();
      }
    }
  }

  private static String room(Peer owner, String name, List<String> members) {
    return owner
        .request(id -> new RoomCreate(id, name, RoomVisibility.PUBLIC, members), RoomResult.class)
        .room()
        .roomId();
  }

  private static void say(Peer peer, String roomId, String content) {
    peer.request(
        id -> new MessageSend(id, roomId, content, UUID.randomUUID().toString()),
        MessageResult.class);
  }
}
