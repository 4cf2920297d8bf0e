package chat.server.chat;

import static chat.server.support.TwoMembers.messageIds;
import static chat.server.support.TwoMembers.roomIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Catch-up with {@code sync} after a dropped connection, over real sockets. */
class SyncProtocolTest {

  /** Paging needs more than 100 messages at once: the send rate limit is lifted here. */
  @RegisterExtension
  static final TestServer server =
      TestServer.create(Map.of("MESSAGE_RATE_PER_SECOND", "10000", "MESSAGE_BURST", "10000"));

  TwoMembers members;

  @BeforeEach
  void twoMembersOfOneRoom() {
    members = TwoMembers.inPrivateRoom(server, "sync", "sync");
  }

  @Test
  void syncAfterADroppedConnectionReturnsExactlyTheMissedMessages() {
    send("before 1");
    send("before 2");
    members.bobSocket().awaitEvent("message.new");
    String lastHeld =
        members.bobSocket().awaitEvent("message.new").path("message").path("messageId").asText();
    members.bobSocket().close();

    List<String> missed = List.of(send("missed 1"), send("missed 2"), send("missed 3"));
    SocketClient reconnected = server.connect(members.bob());
    JsonNode page = sync(reconnected, Map.of(members.roomId(), lastHeld)).path(members.roomId());

    assertThat(messageIds(page)).isEqualTo(missed);
    assertThat(page.path("hasMore").asBoolean(true)).isFalse();
  }

  @Test
  void aLongAbsenceIsPagedByHasMoreWithoutGapOrRepeat() {
    String cursor = send("held");
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < 105; i++) {
      missed.add(send("missed " + i));
    }

    JsonNode first =
        sync(members.bobSocket(), Map.of(members.roomId(), cursor)).path(members.roomId());
    String next = messageIds(first).getLast();
    JsonNode second =
        sync(members.bobSocket(), Map.of(members.roomId(), next)).path(members.roomId());

    assertThat(messageIds(first)).hasSize(100);
    assertThat(first.path("hasMore").asBoolean()).isTrue();
    assertThat(second.path("hasMore").asBoolean(true)).isFalse();
    List<String> caughtUp = new ArrayList<>(messageIds(first));
    caughtUp.addAll(messageIds(second));
    assertThat(caughtUp).isEqualTo(missed);
  }

  @Test
  void aNullCursorGivesTheNewestPage() {
    List<String> sent = List.of(send("one"), send("two"));
    Map<String, String> cursors = new HashMap<>();
    cursors.put(members.roomId(), null);

    JsonNode page = sync(members.bobSocket(), cursors).path(members.roomId());

    assertThat(messageIds(page)).isEqualTo(sent);
    assertThat(page.path("hasMore").asBoolean(true)).isFalse();
  }

  @Test
  void roomsTheCallerIsNotInAreLeftOut() {
    String aliceOnly =
        roomIdOf(members.aliceSocket().ok("room.create", "name", "alone", "visibility", "private"));
    Map<String, String> cursors = new LinkedHashMap<>();
    cursors.put(aliceOnly, null);
    cursors.put("r_nowhere", null);
    cursors.put(members.roomId(), null);

    JsonNode rooms = sync(members.bobSocket(), cursors);

    assertThat(rooms.size()).isEqualTo(1);
    assertThat(rooms.has(members.roomId())).isTrue();
  }

  @Test
  void aCursorTheRoomDoesNotHoldIsInvalidInputNeverAnEmptyPage() {
    String other = members.createPrivateRoom("other");
    String foreign =
        TwoMembers.send(members.aliceSocket(), other, "x", "c-other").path("messageId").asText();

    for (String cursor : List.of("m_unknown", foreign)) {
      JsonNode answer =
          members.bobSocket().request("sync", "cursors", Map.of(members.roomId(), cursor));
      assertThat(answer.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
      assertThat(answer.path("error").path("field").asText()).isEqualTo("cursors");
    }
  }

  @Test
  void noCursorsNoRooms() {
    assertThat(sync(members.bobSocket(), Map.of()).isEmpty()).isTrue();
  }

  private String send(String content) {
    return members.sendForId(members.aliceSocket(), content);
  }

  private static JsonNode sync(SocketClient socket, Map<String, String> cursors) {
    return socket.ok("sync", "cursors", cursors).path("rooms");
  }
}
