package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Typing indicators over real sockets, with the timeout and throttle shortened (the protocol's 6 s
 * and 1 s are the defaults, checked by {@code ServerConfigTest}).
 */
class TypingProtocolTest {

  static final long TIMEOUT_MS = 600;
  static final long THROTTLE_MS = 300;

  @RegisterExtension
  static final TestServer server =
      TestServer.create(
          Map.of(
              "TYPING_TIMEOUT_MS",
              String.valueOf(TIMEOUT_MS),
              "TYPING_THROTTLE_MS",
              String.valueOf(THROTTLE_MS)));

  static int round;
  Login alice;
  Login bob;
  SocketClient aliceSocket;
  SocketClient bobSocket;
  String roomId;

  @BeforeEach
  void twoMembersOfOneRoom() {
    round++;
    alice = server.api().registered("typealice" + round);
    bob = server.api().registered("typebob" + round);
    aliceSocket = server.connect(alice);
    bobSocket = server.connect(bob);
    roomId =
        aliceSocket
            .ok(
                "room.create",
                "name",
                "typing",
                "visibility",
                "private",
                "memberIds",
                List.of(bob.userId()))
            .path("room")
            .path("roomId")
            .asText();
  }

  @Test
  void typingIsAckedAndToldToTheOtherMembersOnly() {
    JsonNode result = aliceSocket.ok("typing", "roomId", roomId, "active", true);

    assertThat(result.isEmpty()).isTrue();
    JsonNode event = bobSocket.awaitEvent("typing");
    assertThat(event.path("roomId").asText()).isEqualTo(roomId);
    assertThat(event.path("userId").asText()).isEqualTo(alice.userId());
    assertThat(event.path("active").asBoolean()).isTrue();
    assertThat(typingEventsSoFar(aliceSocket)).isEmpty();
  }

  @Test
  void typingStopsByItselfAfterTheTimeout() {
    long started = System.currentTimeMillis();
    aliceSocket.ok("typing", "roomId", roomId, "active", true);
    bobSocket.awaitEvent("typing");

    JsonNode stopped = bobSocket.awaitEvent("typing");

    assertThat(stopped.path("active").asBoolean()).isFalse();
    assertThat(System.currentTimeMillis() - started).isGreaterThanOrEqualTo(TIMEOUT_MS - 50);
  }

  @Test
  void eachActiveFramePushesTheTimeoutBack() throws InterruptedException {
    aliceSocket.ok("typing", "roomId", roomId, "active", true);
    bobSocket.awaitEvent("typing");
    Thread.sleep(TIMEOUT_MS / 2);
    long lastActive = System.currentTimeMillis();
    aliceSocket.ok("typing", "roomId", roomId, "active", true);

    JsonNode next = bobSocket.awaitFrame(f -> !f.path("active").asBoolean(true));

    assertThat(System.currentTimeMillis() - lastActive).isGreaterThanOrEqualTo(TIMEOUT_MS - 50);
    assertThat(next.path("type").asText()).isEqualTo("typing");
  }

  @Test
  void anExplicitStopIsSentAtOnce() {
    aliceSocket.ok("typing", "roomId", roomId, "active", true);
    bobSocket.awaitEvent("typing");

    long stoppedAt = System.currentTimeMillis();
    aliceSocket.ok("typing", "roomId", roomId, "active", false);
    JsonNode stopped = bobSocket.awaitEvent("typing");

    assertThat(stopped.path("active").asBoolean()).isFalse();
    assertThat(System.currentTimeMillis() - stoppedAt).isLessThan(THROTTLE_MS);
  }

  @Test
  void aBurstOfFramesCostsOneEventPerThrottlePeriod() {
    long burstStart = System.currentTimeMillis();
    for (int i = 0; i < 10; i++) {
      aliceSocket.ok("typing", "roomId", roomId, "active", true);
    }
    long burstLength = System.currentTimeMillis() - burstStart;

    List<JsonNode> events = typingEventsSoFar(bobSocket);
    assertThat(burstLength).as("the burst must fit one period").isLessThan(THROTTLE_MS);
    assertThat(events).hasSize(1);
    assertThat(events.getFirst().path("active").asBoolean()).isTrue();
  }

  @Test
  void aStartHeldBackByTheThrottleGoesOutWhenThePeriodEnds() {
    aliceSocket.ok("typing", "roomId", roomId, "active", true);
    aliceSocket.ok("typing", "roomId", roomId, "active", false);
    long restartedAt = System.currentTimeMillis();
    aliceSocket.ok("typing", "roomId", roomId, "active", true);

    assertThat(bobSocket.awaitEvent("typing").path("active").asBoolean()).isTrue();
    assertThat(bobSocket.awaitEvent("typing").path("active").asBoolean()).isFalse();
    JsonNode restarted = bobSocket.awaitEvent("typing");
    assertThat(restarted.path("active").asBoolean()).isTrue();
    assertThat(System.currentTimeMillis() - restartedAt).isLessThan(TIMEOUT_MS);
  }

  @Test
  void aStopWithoutAStartTellsNobody() {
    aliceSocket.ok("typing", "roomId", roomId, "active", false);

    assertThat(typingEventsSoFar(bobSocket)).isEmpty();
  }

  @Test
  void onlyMembersMayTypeInARoom() {
    SocketClient carol = server.connect(server.api().registered("typecarol" + round));

    assertThat(errorCode(carol.request("typing", "roomId", roomId, "active", true)))
        .isEqualTo("FORBIDDEN");
    assertThat(errorCode(carol.request("typing", "roomId", "r_nowhere", "active", true)))
        .isEqualTo("NOT_FOUND");
    JsonNode noActive = aliceSocket.request("typing", "roomId", roomId);
    assertThat(errorCode(noActive)).isEqualTo("INVALID_INPUT");
    assertThat(noActive.path("error").path("field").asText()).isEqualTo("active");
    assertThat(typingEventsSoFar(bobSocket)).isEmpty();
  }

  /** The typing events that reached the socket before the answer to a ping. */
  private static List<JsonNode> typingEventsSoFar(SocketClient socket) {
    socket.ok("ping");
    return socket.receivedSoFar().stream()
        .filter(frame -> "typing".equals(frame.path("type").asText()))
        .toList();
  }

  private static String errorCode(JsonNode answer) {
    return answer.path("error").path("code").asText();
  }
}
