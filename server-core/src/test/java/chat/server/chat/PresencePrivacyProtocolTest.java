package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A user's presence is seen only by people who share a room with them: {@code presence.query}
 * leaves strangers out, and the user search finds strangers by name but shows them as never seen.
 */
class PresencePrivacyProtocolTest {

  @RegisterExtension static final TestServer server = TestServer.create();

  static int round;
  Login alice;
  Login outsider;
  SocketClient outsiderSocket;

  /** Alice is online; the outsider shares no room with her. */
  @BeforeEach
  void aliceOnlineAndAnOutsider() {
    round++;
    alice = server.api().registered("privalice" + round);
    outsider = server.api().registered("privout" + round);
    server.connect(alice);
    outsiderSocket = server.connect(outsider);
  }

  @Test
  void anOutsidersPresenceQueryLeavesOutWhoeverItSharesNoRoomWith() {
    JsonNode before = outsiderSocket.ok("presence.query", "userIds", List.of(alice.userId()));

    assertThat(before.path("presence")).isEmpty();

    shareARoom();
    JsonNode after = outsiderSocket.ok("presence.query", "userIds", List.of(alice.userId()));
    assertThat(after.path("presence")).singleElement();
    assertThat(after.path("presence").get(0).path("status").asText()).isEqualTo("online");
  }

  @Test
  void aUserWithNoRoomsStillSeesTheirOwnPresence() {
    JsonNode own = outsiderSocket.ok("presence.query", "userIds", List.of(outsider.userId()));

    assertThat(own.path("presence")).singleElement();
    assertThat(own.path("presence").get(0).path("status").asText()).isEqualTo("online");
  }

  @Test
  void userSearchFindsAStrangerByNameButShowsThemAsNeverSeen() {
    JsonNode stranger = searchForAlice();

    assertThat(stranger.path("userId").asText()).isEqualTo(alice.userId());
    assertThat(stranger.path("status").asText()).isEqualTo("offline");
    assertThat(stranger.path("lastSeen").asLong()).isZero();

    shareARoom();
    JsonNode roomMate = searchForAlice();
    assertThat(roomMate.path("status").asText()).isEqualTo("online");
    assertThat(roomMate.path("lastSeen").asLong()).isPositive();
  }

  @Test
  void aStrangerFoundByNameCanBeMessagedDirectly() {
    String aliceId = searchForAlice().path("userId").asText();

    outsiderSocket.ok("dm.open", "userId", aliceId);

    JsonNode after = outsiderSocket.ok("presence.query", "userIds", List.of(aliceId));
    assertThat(after.path("presence").get(0).path("status").asText()).isEqualTo("online");
  }

  private void shareARoom() {
    outsiderSocket.ok(
        "room.create",
        "name",
        "now shared",
        "visibility",
        "private",
        "memberIds",
        List.of(alice.userId()));
  }

  private JsonNode searchForAlice() {
    JsonNode users =
        server
            .api()
            .get("/api/users?query=privalice" + round, outsider.accessToken())
            .body()
            .path("users");
    assertThat(users).hasSize(1);
    return users.get(0);
  }
}
