package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Presence over real sockets: {@code presence} events to the users who share a room, the grace that
 * keeps a reload from flapping, and {@code presence.query}. The grace is shortened to keep the
 * suite fast; the default's bound is {@code ServerConfigTest}'s business.
 */
class PresenceProtocolTest {

  static final long GRACE_MS = 400;

  @RegisterExtension
  static final TestServer server =
      TestServer.create(Map.of("PRESENCE_GRACE_MS", String.valueOf(GRACE_MS)));

  static int round;
  Login alice;
  Login bob;
  Login carol;
  SocketClient bobSocket;
  SocketClient carolSocket;

  /** Alice and Bob share a room; Carol shares none with them. Bob and Carol are online. */
  @BeforeEach
  void aliceAndBobShareARoom() {
    round++;
    alice = server.api().registered("presalice" + round);
    bob = server.api().registered("presbob" + round);
    carol = server.api().registered("prescarol" + round);
    bobSocket = server.connect(bob);
    carolSocket = server.connect(carol);
    bobSocket.ok("room.create", "name", "pair", "visibility", "private", "memberIds", ids(alice));
  }

  @Test
  void aUsersFirstSocketAnnouncesThemOnlineToWhoeverSharesARoomWithThem() {
    long before = System.currentTimeMillis();

    server.connect(alice);

    JsonNode event = bobSocket.awaitEvent("presence");
    assertThat(event.path("userId").asText()).isEqualTo(alice.userId());
    assertThat(event.path("status").asText()).isEqualTo("online");
    assertThat(event.path("lastSeen").asLong()).isBetween(before, System.currentTimeMillis());
    assertNoPresenceEventFor(carolSocket);
  }

  @Test
  void closingOneOfTwoSocketsKeepsTheUserOnline() throws InterruptedException {
    SocketClient laptop = server.connect(alice);
    SocketClient phone = server.connect(alice);
    assertThat(bobSocket.awaitEvent("presence").path("status").asText()).isEqualTo("online");

    laptop.close();
    Thread.sleep(GRACE_MS * 2);

    assertNoPresenceEventFor(bobSocket);
    assertThat(presenceOf(alice).path("status").asText()).isEqualTo("online");
    phone.close();
    assertThat(bobSocket.awaitEvent("presence").path("status").asText()).isEqualTo("offline");
  }

  @Test
  void theLastCloseIsAnnouncedOfflineWithinTenSecondsWithItsTimeAsLastSeen() {
    SocketClient socket = server.connect(alice);
    bobSocket.awaitEvent("presence");

    long closedAround = System.currentTimeMillis();
    socket.close();
    JsonNode offline = bobSocket.awaitEvent("presence");
    long announcedAfter = System.currentTimeMillis() - closedAround;

    assertThat(offline.path("userId").asText()).isEqualTo(alice.userId());
    assertThat(offline.path("status").asText()).isEqualTo("offline");
    assertThat(announcedAfter).isBetween(GRACE_MS - 50, 10_000L);
    long lastSeen = offline.path("lastSeen").asLong();
    assertThat(lastSeen).isBetween(closedAround - 50, closedAround + 1_000);
    assertThat(presenceOf(alice).path("status").asText()).isEqualTo("offline");
    assertThat(presenceOf(alice).path("lastSeen").asLong()).isEqualTo(lastSeen);
  }

  @Test
  void aQuickReconnectSendsNeitherOfflineNorOnline() throws InterruptedException {
    SocketClient before = server.connect(alice);
    bobSocket.awaitEvent("presence");

    before.close();
    server.connect(alice);
    Thread.sleep(GRACE_MS * 2);

    assertNoPresenceEventFor(bobSocket);
    assertThat(presenceOf(alice).path("status").asText()).isEqualTo("online");
  }

  @Test
  void presenceQueryAnswersForKnownUsersInTheOrderAskedEachOnce() {
    server.connect(alice);

    JsonNode presence =
        bobSocket
            .ok(
                "presence.query",
                "userIds",
                List.of(bob.userId(), "u_nobody", alice.userId(), bob.userId()))
            .path("presence");

    assertThat(presence).hasSize(2);
    assertThat(presence.get(0).path("userId").asText()).isEqualTo(bob.userId());
    assertThat(presence.get(0).path("status").asText()).isEqualTo("online");
    assertThat(presence.get(1).path("userId").asText()).isEqualTo(alice.userId());
    assertThat(presence.get(1).path("status").asText()).isEqualTo("online");
  }

  @Test
  void aUserWhoNeverConnectedIsOfflineNeverSeen() {
    JsonNode entry = presenceOf(alice);

    assertThat(entry.path("status").asText()).isEqualTo("offline");
    assertThat(entry.path("lastSeen").asLong()).isZero();
  }

  @Test
  void presenceQueryTakesOneToAThousandIds() {
    JsonNode none = bobSocket.request("presence.query", "userIds", List.of());
    JsonNode tooMany =
        bobSocket.request("presence.query", "userIds", Collections.nCopies(1001, bob.userId()));

    for (JsonNode answer : List.of(none, tooMany)) {
      assertThat(answer.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
      assertThat(answer.path("error").path("field").asText()).isEqualTo("userIds");
    }
    assertThat(
            bobSocket
                .ok("presence.query", "userIds", Collections.nCopies(1000, bob.userId()))
                .path("presence"))
        .hasSize(1);
  }

  private JsonNode presenceOf(Login user) {
    return bobSocket.ok("presence.query", "userIds", ids(user)).path("presence").get(0);
  }

  /**
   * Nothing of presence has reached the socket: an answer to a ping comes after every event sent to
   * it before, so no wait is needed beyond the round trip.
   */
  private static void assertNoPresenceEventFor(SocketClient socket) {
    socket.ok("ping");
    assertThat(socket.receivedSoFar())
        .noneMatch(frame -> "presence".equals(frame.path("type").asText()));
  }

  private static List<String> ids(Login... users) {
    List<String> ids = new ArrayList<>();
    for (Login user : users) {
      ids.add(user.userId());
    }
    return ids;
  }
}
