package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Catch-up with {@code sync} after a dropped connection, over real sockets. */
class SyncProtocolTest {

  /** Paging needs more than 100 messages at once: the send rate limit is lifted here. */
  @RegisterExtension
  static final TestServer server =
      TestServer.create(Map.of("MESSAGE_RATE_PER_SECOND", "10000", "MESSAGE_BURST", "10000"));

  static int round;
  Login alice;
  Login bob;
  SocketClient aliceSocket;
  SocketClient bobSocket;
  String roomId;

  @BeforeEach
  void twoMembersOfOneRoom() {
    round++;
    alice = server.api().registered("syncalice" + round);
    bob = server.api().registered("syncbob" + round);
    aliceSocket = server.connect(alice);
    bobSocket = server.connect(bob);
    roomId = createRoom("sync");
  }

  @Test
  void syncAfterADroppedConnectionReturnsExactlyTheMissedMessages() {
    send("before 1");
    send("before 2");
    bobSocket.awaitEvent("message.new");
    String lastHeld =
        bobSocket.awaitEvent("message.new").path("message").path("messageId").asText();
    bobSocket.close();

    List<String> missed = List.of(send("missed 1"), send("missed 2"), send("missed 3"));
    SocketClient reconnected = server.connect(bob);
    JsonNode page = sync(reconnected, Map.of(roomId, lastHeld)).path(roomId);

    assertThat(ids(page)).isEqualTo(missed);
    assertThat(page.path("hasMore").asBoolean(true)).isFalse();
  }

  @Test
  void aLongAbsenceIsPagedByHasMoreWithoutGapOrRepeat() {
    String cursor = send("held");
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < 105; i++) {
      missed.add(send("missed " + i));
    }

    JsonNode first = sync(bobSocket, Map.of(roomId, cursor)).path(roomId);
    String next = ids(first).getLast();
    JsonNode second = sync(bobSocket, Map.of(roomId, next)).path(roomId);

    assertThat(ids(first)).hasSize(100);
    assertThat(first.path("hasMore").asBoolean()).isTrue();
    assertThat(second.path("hasMore").asBoolean(true)).isFalse();
    List<String> caughtUp = new ArrayList<>(ids(first));
    caughtUp.addAll(ids(second));
    assertThat(caughtUp).isEqualTo(missed);
  }

  @Test
  void aNullCursorGivesTheNewestPage() {
    List<String> sent = List.of(send("one"), send("two"));
    Map<String, String> cursors = new HashMap<>();
    cursors.put(roomId, null);

    JsonNode page = sync(bobSocket, cursors).path(roomId);

    assertThat(ids(page)).isEqualTo(sent);
    assertThat(page.path("hasMore").asBoolean(true)).isFalse();
  }

  @Test
  void roomsTheCallerIsNotInAreLeftOut() {
    String aliceOnly =
        aliceSocket
            .ok("room.create", "name", "alone", "visibility", "private")
            .path("room")
            .path("roomId")
            .asText();
    Map<String, String> cursors = new LinkedHashMap<>();
    cursors.put(aliceOnly, null);
    cursors.put("r_nowhere", null);
    cursors.put(roomId, null);

    JsonNode rooms = sync(bobSocket, cursors);

    assertThat(rooms.size()).isEqualTo(1);
    assertThat(rooms.has(roomId)).isTrue();
  }

  @Test
  void aCursorTheRoomDoesNotHoldIsInvalidInputNeverAnEmptyPage() {
    String other = createRoom("other");
    String foreign =
        aliceSocket
            .ok("message.send", "roomId", other, "content", "x", "clientMsgId", "c-other")
            .path("message")
            .path("messageId")
            .asText();

    for (String cursor : List.of("m_unknown", foreign)) {
      JsonNode answer = bobSocket.request("sync", "cursors", Map.of(roomId, cursor));
      assertThat(answer.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
      assertThat(answer.path("error").path("field").asText()).isEqualTo("cursors");
    }
  }

  @Test
  void noCursorsNoRooms() {
    assertThat(sync(bobSocket, Map.of()).isEmpty()).isTrue();
  }

  private String createRoom(String name) {
    return aliceSocket
        .ok(
            "room.create",
            "name",
            name,
            "visibility",
            "private",
            "memberIds",
            List.of(bob.userId()))
        .path("room")
        .path("roomId")
        .asText();
  }

  private String send(String content) {
    return aliceSocket
        .ok("message.send", "roomId", roomId, "content", content, "clientMsgId", "c-" + content)
        .path("message")
        .path("messageId")
        .asText();
  }

  private static JsonNode sync(SocketClient socket, Map<String, String> cursors) {
    return socket.ok("sync", "cursors", cursors).path("rooms");
  }

  private static List<String> ids(JsonNode page) {
    return StreamSupport.stream(page.path("messages").spliterator(), false)
        .map(message -> message.path("messageId").asText())
        .toList();
  }
}
