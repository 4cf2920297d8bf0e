package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.ClientEvent;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.client.support.Waits;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.Room;
import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import chat.protocol.result.RoomResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The members panel follows presence as it happens, through a real server. */
class MembersViewModelTest {

  @TempDir Path dir;
  private LiveServer server;
  private Session client;
  private MembersViewModel members;

  @BeforeEach
  void start() {
    server = LiveServer.startWith(dir.resolve("server"), Map.of("PRESENCE_GRACE_MS", "200"));
    client = Clients.signedUp(server, dir.resolve("app"), "alice");
    members = new MembersViewModel(client);
    client.addListener(
        event -> {
          if (event instanceof ClientEvent.PresenceChanged p) {
            members.presenceChanged(p.userId(), p.status(), p.lastSeen());
          } else if (event instanceof ClientEvent.UserChanged u) {
            members.userChanged(u.user());
          }
        });
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void aMembersDotTurnsOfflineWhenTheyDisconnectWithoutReopening() {
    Room room = Clients.publicRoom(client, "general");
    Peer bob = Peer.register(server, "bob");
    bob.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
    members.openProperty().set(true);
    members.roomChanged(room.roomId());
    Waits.until("bob listed online", () -> statusOf("bob") == UserStatus.ONLINE);

    bob.close();

    Waits.until("bob offline", () -> statusOf("bob") == UserStatus.OFFLINE);
  }

  @Test
  void aMembersNewDisplayNameShowsAtOnceInItsPlaceByName() {
    Room room = Clients.publicRoom(client, "general");
    Peer bob = Peer.register(server, "bob");
    bob.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
    members.openProperty().set(true);
    members.roomChanged(room.roomId());
    Waits.until("alice, bob", () -> names().equals(List.of("alice", "bob")));

    bob.rename("Aaron B");

    Waits.until("Aaron B first", () -> names().equals(List.of("Aaron B", "alice")));
    assertThat(statusOf("bob")).as("the dot keeps its presence").isEqualTo(UserStatus.ONLINE);
    bob.close();
  }

  private List<String> names() {
    return members.members().stream().map(User::shownName).toList();
  }

  private UserStatus statusOf(String username) {
    return members.members().stream()
        .filter(u -> u.username().equals(username))
        .map(User::status)
        .findFirst()
        .orElse(null);
  }
}
