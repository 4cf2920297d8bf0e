package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Read cursors, {@code read} events and {@code room.list}'s unread counts over real sockets. */
class ReadReceiptsProtocolTest {

  @RegisterExtension static final TestServer server = TestServer.create();

  TwoMembers members;

  @BeforeEach
  void twoMembersOfOneRoom() {
    members = TwoMembers.inPrivateRoom(server, "read", "reading");
  }

  @Test
  void unreadCountsOthersMessagesOnlyAndStartsAtZero() {
    assertThat(listed(members.bobSocket(), members.roomId()).path("unreadCount").asInt(-1))
        .isZero();

    members.sendForId(members.aliceSocket(), "a1");
    members.sendForId(members.aliceSocket(), "a2");
    members.sendForId(members.bobSocket(), "b1");

    assertThat(listed(members.bobSocket(), members.roomId()).path("unreadCount").asInt())
        .isEqualTo(2);
    assertThat(listed(members.aliceSocket(), members.roomId()).path("unreadCount").asInt())
        .isEqualTo(1);
    assertThat(
            listed(members.bobSocket(), members.roomId())
                .path("lastMessage")
                .path("content")
                .asText())
        .isEqualTo("b1");
  }

  @Test
  void readingMovesTheCursorAndNewMessagesCountAgain() {
    members.sendForId(members.aliceSocket(), "a1");
    String a2 = members.sendForId(members.aliceSocket(), "a2");
    members.sendForId(members.bobSocket(), "b1");
    members.sendForId(members.aliceSocket(), "a3");

    assertThat(
            members.bobSocket().ok("read", "roomId", members.roomId(), "messageId", a2).isEmpty())
        .isTrue();
    assertThat(listed(members.bobSocket(), members.roomId()).path("unreadCount").asInt())
        .isEqualTo(1);

    members.sendForId(members.aliceSocket(), "a4");
    members.sendForId(members.bobSocket(), "b2");
    assertThat(listed(members.bobSocket(), members.roomId()).path("unreadCount").asInt())
        .isEqualTo(2);
  }

  @Test
  void aMoveIsToldToTheOtherMembersButNotTheReader() {
    String a1 = members.sendForId(members.aliceSocket(), "a1");

    members.bobSocket().ok("read", "roomId", members.roomId(), "messageId", a1);

    JsonNode event = members.aliceSocket().awaitEvent("read");
    assertThat(event.path("roomId").asText()).isEqualTo(members.roomId());
    assertThat(event.path("userId").asText()).isEqualTo(members.bob().userId());
    assertThat(event.path("messageId").asText()).isEqualTo(a1);
    assertThat(readEventsSoFar(members.bobSocket())).isEmpty();
  }

  @Test
  void readNeverMovesBackAndAnOldMessageIsAckedQuietly() {
    String a1 = members.sendForId(members.aliceSocket(), "a1");
    String a2 = members.sendForId(members.aliceSocket(), "a2");
    members.bobSocket().ok("read", "roomId", members.roomId(), "messageId", a2);
    members.aliceSocket().awaitEvent("read");

    assertThat(
            members.bobSocket().ok("read", "roomId", members.roomId(), "messageId", a1).isEmpty())
        .isTrue();
    members.bobSocket().ok("read", "roomId", members.roomId(), "messageId", a2);

    assertThat(readEventsSoFar(members.aliceSocket())).isEmpty();
    assertThat(listed(members.bobSocket(), members.roomId()).path("unreadCount").asInt()).isZero();
  }

  @Test
  void aMessageThatIsNotInTheRoomIsInvalidInput() {
    String elsewhere = members.createPrivateRoom("elsewhere");
    String foreign =
        TwoMembers.send(members.aliceSocket(), elsewhere, "x", "c-x").path("messageId").asText();

    for (String messageId : List.of("m_unknown", foreign)) {
      JsonNode answer =
          members.bobSocket().request("read", "roomId", members.roomId(), "messageId", messageId);
      assertThat(answer.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
      assertThat(answer.path("error").path("field").asText()).isEqualTo("messageId");
    }
  }

  @Test
  void onlyMembersMayRead() {
    String a1 = members.sendForId(members.aliceSocket(), "a1");
    SocketClient carol =
        server.connect(server.api().registered(TwoMembers.uniqueName("readcarol")));

    JsonNode outsider = carol.request("read", "roomId", members.roomId(), "messageId", a1);
    JsonNode nowhere = carol.request("read", "roomId", "r_nowhere", "messageId", a1);

    assertThat(outsider.path("error").path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(nowhere.path("error").path("code").asText()).isEqualTo("NOT_FOUND");
  }

  @Test
  void aMemberLearnsWhereTheOthersHaveReadUpToOnAnySocketLater() {
    String a1 = members.sendForId(members.aliceSocket(), "a1");
    String a2 = members.sendForId(members.aliceSocket(), "a2");
    members.bobSocket().ok("read", "roomId", members.roomId(), "messageId", a2);

    assertThat(cursors(members.aliceSocket())).containsExactly(members.bob().userId() + " " + a2);
    assertThat(cursors(members.bobSocket())).isEmpty();

    members.aliceSocket().ok("read", "roomId", members.roomId(), "messageId", a1);
    SocketClient bobAgain = server.connect(members.bob());

    assertThat(cursors(bobAgain)).containsExactly(members.alice().userId() + " " + a1);
  }

  @Test
  void whoLeftTheRoomHasNoCursorThere() {
    String a1 = members.sendForId(members.aliceSocket(), "a1");
    members.bobSocket().ok("read", "roomId", members.roomId(), "messageId", a1);

    members.bobSocket().ok("room.leave", "roomId", members.roomId());

    assertThat(cursors(members.aliceSocket())).isEmpty();
  }

  @Test
  void onlyMembersMayAskForTheCursorsAndAskingChangesNothing() {
    String a1 = members.sendForId(members.aliceSocket(), "a1");
    members.bobSocket().ok("read", "roomId", members.roomId(), "messageId", a1);
    List<String> before = cursors(members.aliceSocket());
    SocketClient carol = TwoMembers.outsider(server);

    JsonNode outsider = carol.request("read.cursors", "roomId", members.roomId());
    JsonNode nowhere = carol.request("read.cursors", "roomId", "r_nowhere");

    assertThat(TwoMembers.errorCode(outsider)).isEqualTo("FORBIDDEN");
    assertThat(outsider.has("result")).isFalse();
    assertThat(TwoMembers.errorCode(nowhere)).isEqualTo("NOT_FOUND");
    assertThat(cursors(members.aliceSocket())).isEqualTo(before);
    assertThat(listed(members.bobSocket(), members.roomId()).path("unreadCount").asInt()).isZero();
  }

  /** The {@code read.cursors} answer to {@code socket}, each cursor as "userId messageId". */
  private List<String> cursors(SocketClient socket) {
    return StreamSupport.stream(
            socket.ok("read.cursors", "roomId", members.roomId()).path("cursors").spliterator(),
            false)
        .map(cursor -> cursor.path("userId").asText() + " " + cursor.path("messageId").asText())
        .toList();
  }

  private static JsonNode listed(SocketClient socket, String roomId) {
    return StreamSupport.stream(socket.ok("room.list").path("rooms").spliterator(), false)
        .filter(room -> roomId.equals(room.path("roomId").asText()))
        .findFirst()
        .orElseThrow();
  }

  private static List<JsonNode> readEventsSoFar(SocketClient socket) {
    socket.ok("ping");
    return socket.receivedSoFar().stream()
        .filter(frame -> "read".equals(frame.path("type").asText()))
        .toList();
  }
}
