package chat.client.ui.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.client.support.Waits;
import chat.protocol.client.DmOpen;
import chat.protocol.model.Room;
import chat.protocol.model.UserStatus;
import chat.protocol.result.RoomResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presence dots of direct rooms, against a real server with bob as the second client. */
class DirectPresenceTest {

  @TempDir Path dir;
  private LiveServer server;
  private Session alice;
  private Peer bob;
  private DirectPresence presence;

  @BeforeEach
  void start() {
    server = LiveServer.startWith(dir.resolve("server"), Map.of("PRESENCE_GRACE_MS", "300"));
    bob = Peer.register(server, "bob");
    alice = Clients.signedUp(server, dir.resolve("alice"), "alice");
    presence = new DirectPresence(alice);
  }

  @AfterEach
  void stop() {
    alice.close();
    bob.close();
    server.close();
  }

  @Test
  void aDirectRoomShowsTheOtherPersonsStatusAndFollowsPresenceEvents() {
    RoomItem direct = directWithBob();

    presence.changed(direct);

    Waits.until("bob online", () -> direct.partnerStatusProperty().get() == UserStatus.ONLINE);
    presence.presenceChanged(bob.userId(), UserStatus.OFFLINE);
    assertThat(direct.partnerStatusProperty().get()).isEqualTo(UserStatus.OFFLINE);
  }

  @Test
  void aDirectRoomSeenTwiceBeforeItsMembersAnswerIsAskedAboutOnce() {
    RoomItem direct = directWithBob();

    presence.changed(direct);
    presence.listed(List.of(direct));

    Waits.until("bob online", () -> direct.partnerStatusProperty().get() == UserStatus.ONLINE);
    assertThat(server.socketRequests("room.members")).isEqualTo(1);
  }

  @Test
  void aRoomThatIsNotDirectHasNoDot() {
    RoomItem lobby = new RoomItem(Clients.publicRoom(alice, "lobby"), "alice");

    presence.listed(List.of(lobby));
    presence.changed(lobby);
    presence.presenceChanged(bob.userId(), UserStatus.ONLINE);

    assertThat(lobby.partnerStatusProperty().get()).isNull();
  }

  @Test
  void listingTheRoomsAgainBringsAKnownPersonsDotUpToDate() {
    RoomItem direct = directWithBob();
    presence.changed(direct);
    Waits.until("bob online", () -> direct.partnerStatusProperty().get() == UserStatus.ONLINE);

    // bob leaves while this view hears nothing (as when the app was offline)
    bob.close();

    AtomicInteger polls = new AtomicInteger();
    Waits.until(
        "bob offline after a relisting",
        () -> {
          if (polls.getAndIncrement() % 10 == 0) {
            presence.listed(List.of(direct));
          }
          return direct.partnerStatusProperty().get() == UserStatus.OFFLINE;
        });
  }

  private RoomItem directWithBob() {
    Room room = alice.request(id -> new DmOpen(id, bob.userId()), RoomResult.class).join().room();
    return new RoomItem(room, "alice");
  }
}
