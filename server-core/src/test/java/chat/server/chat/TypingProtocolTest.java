package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
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

  static final long TIMEOUT_MS = 2500;

  /**
   * Long enough that ten round trips fit in one period even on a cold jar node on a busy machine
   * (300 ms did not, once).
   */
  static final long THROTTLE_MS = 1000;

  @RegisterExtension
  static final TestServer server =
      TestServer.create(
          Map.of(
              "TYPING_TIMEOUT_MS",
              String.valueOf(TIMEOUT_MS),
              "TYPING_THROTTLE_MS",
              String.valueOf(THROTTLE_MS)));

  TwoMembers members;

  @BeforeEach
  void twoMembersOfOneRoom() {
    members = TwoMembers.inPrivateRoom(server, "type", "typing");
  }

  @Test
  void typingIsAckedAndToldToTheOtherMembersOnly() {
    JsonNode result =
        members.aliceSocket().ok("typing", "roomId", members.roomId(), "active", true);

    assertThat(result.isEmpty()).isTrue();
    JsonNode event = members.bobSocket().awaitEvent("typing");
    assertThat(event.path("roomId").asText()).isEqualTo(members.roomId());
    assertThat(event.path("userId").asText()).isEqualTo(members.alice().userId());
    assertThat(event.path("active").asBoolean()).isTrue();
    assertThat(typingEventsSoFar(members.aliceSocket())).isEmpty();
  }

  @Test
  void typingStopsByItselfAfterTheTimeout() {
    long started = System.currentTimeMillis();
    members.aliceSocket().ok("typing", "roomId", members.roomId(), "active", true);
    members.bobSocket().awaitEvent("typing");

    JsonNode stopped = members.bobSocket().awaitEvent("typing");

    assertThat(stopped.path("active").asBoolean()).isFalse();
    assertThat(System.currentTimeMillis() - started).isGreaterThanOrEqualTo(TIMEOUT_MS - 50);
  }

  @Test
  void eachActiveFramePushesTheTimeoutBack() throws InterruptedException {
    members.aliceSocket().ok("typing", "roomId", members.roomId(), "active", true);
    members.bobSocket().awaitEvent("typing");
    Thread.sleep(TIMEOUT_MS / 2);
    long lastActive = System.currentTimeMillis();
    members.aliceSocket().ok("typing", "roomId", members.roomId(), "active", true);

    JsonNode next = members.bobSocket().awaitFrame(f -> !f.path("active").asBoolean(true));

    assertThat(System.currentTimeMillis() - lastActive).isGreaterThanOrEqualTo(TIMEOUT_MS - 50);
    assertThat(next.path("type").asText()).isEqualTo("typing");
  }

  @Test
  void anExplicitStopIsSentAtOnce() {
    members.aliceSocket().ok("typing", "roomId", members.roomId(), "active", true);
    members.bobSocket().awaitEvent("typing");

    long stoppedAt = System.currentTimeMillis();
    members.aliceSocket().ok("typing", "roomId", members.roomId(), "active", false);
    JsonNode stopped = members.bobSocket().awaitEvent("typing");

    assertThat(stopped.path("active").asBoolean()).isFalse();
    assertThat(System.currentTimeMillis() - stoppedAt).isLessThan(THROTTLE_MS);
  }

  @Test
  void aBurstOfFramesCostsOneEventPerThrottlePeriod() {
    long burstStart = System.currentTimeMillis();
    for (int i = 0; i < 10; i++) {
      members.aliceSocket().ok("typing", "roomId", members.roomId(), "active", true);
    }
    long burstLength = System.currentTimeMillis() - burstStart;

    List<JsonNode> events = typingEventsSoFar(members.bobSocket());
    assertThat(burstLength).as("the burst must fit one period").isLessThan(THROTTLE_MS);
    assertThat(events).hasSize(1);
    assertThat(events.getFirst().path("active").asBoolean()).isTrue();
  }

  @Test
  void aStartHeldBackByTheThrottleGoesOutWhenThePeriodEnds() {
    members.aliceSocket().ok("typing", "roomId", members.roomId(), "active", true);
    members.aliceSocket().ok("typing", "roomId", members.roomId(), "active", false);
    long restartedAt = System.currentTimeMillis();
    members.aliceSocket().ok("typing", "roomId", members.roomId(), "active", true);

    assertThat(members.bobSocket().awaitEvent("typing").path("active").asBoolean()).isTrue();
    assertThat(members.bobSocket().awaitEvent("typing").path("active").asBoolean()).isFalse();
    JsonNode restarted = members.bobSocket().awaitEvent("typing");
    assertThat(restarted.path("active").asBoolean()).isTrue();
    assertThat(System.currentTimeMillis() - restartedAt).isLessThan(TIMEOUT_MS);
  }

  @Test
  void aStopWithoutAStartTellsNobody() {
    members.aliceSocket().ok("typing", "roomId", members.roomId(), "active", false);

    assertThat(typingEventsSoFar(members.bobSocket())).isEmpty();
  }

  @Test
  void onlyMembersMayTypeInARoom() {
    SocketClient carol =
        server.connect(server.api().registered(TwoMembers.uniqueName("typecarol")));

    assertThat(errorCode(carol.request("typing", "roomId", members.roomId(), "active", true)))
        .isEqualTo("FORBIDDEN");
    assertThat(errorCode(carol.request("typing", "roomId", "r_nowhere", "active", true)))
        .isEqualTo("NOT_FOUND");
    JsonNode noActive = members.aliceSocket().request("typing", "roomId", members.roomId());
    assertThat(errorCode(noActive)).isEqualTo("INVALID_INPUT");
    assertThat(noActive.path("error").path("field").asText()).isEqualTo("active");
    assertThat(typingEventsSoFar(members.bobSocket())).isEmpty();
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
