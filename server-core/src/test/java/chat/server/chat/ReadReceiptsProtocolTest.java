package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Read cursors, {@code read} events and {@code room.list}'s unread counts over real sockets. */
class ReadReceiptsProtocolTest {

  @RegisterExtension static final TestServer server = TestServer.create();

  static int round;
  Login alice;
  Login bob;
  SocketClient aliceSocket;
  SocketClient bobSocket;
  String roomId;

  @BeforeEach
  void twoMembersOfOneRoom() {
    round++;
    alice = server.api().registered("readalice" + round);
    bob = server.api().registered("readbob" + round);
    aliceSocket = server.connect(alice);
    bobSocket = server.connect(bob);
    roomId = createRoom(aliceSocket, "reading", bob);
  }

  @Test
  void unreadCountsOthersMessagesOnlyAndStartsAtZero() {
    assertThat(listed(bobSocket, roomId).path("unreadCount").asInt(-1)).isZero();

    send(aliceSocket, "a1");
    send(aliceSocket, "a2");
    send(bobSocket, "b1");

    assertThat(listed(bobSocket, roomId).path("unreadCount").asInt()).isEqualTo(2);
    assertThat(listed(aliceSocket, roomId).path("unreadCount").asInt()).isEqualTo(1);
    assertThat(listed(bobSocket, roomId).path("lastMessage").path("content").asText())
        .isEqualTo("b1");
  }

  @Test
  void readingMovesTheCursorAndNewMessagesCountAgain() {
    send(aliceSocket, "a1");
    String a2 = send(aliceSocket, "a2");
    send(bobSocket, "b1");
    send(aliceSocket, "a3");

    assertThat(bobSocket.ok("read", "roomId", roomId, "messageId", a2).isEmpty()).isTrue();
    assertThat(listed(bobSocket, roomId).path("unreadCount").asInt()).isEqualTo(1);

    send(aliceSocket, "a4");
    send(bobSocket, "b2");
    assertThat(listed(bobSocket, roomId).path("unreadCount").asInt()).isEqualTo(2);
  }

  @Test
  void aMoveIsToldToTheOtherMembersButNotTheReader() {
    String a1 = send(aliceSocket, "a1");

    bobSocket.ok("read", "roomId", roomId, "messageId", a1);

    JsonNode event = aliceSocket.awaitEvent("read");
    assertThat(event.path("roomId").asText()).isEqualTo(roomId);
    assertThat(event.path("userId").asText()).isEqualTo(bob.userId());
    assertThat(event.path("messageId").asText()).isEqualTo(a1);
    assertThat(readEventsSoFar(bobSocket)).isEmpty();
  }

  @Test
  void readNeverMovesBackAndAnOldMessageIsAckedQuietly() {
    String a1 = send(aliceSocket, "a1");
    String a2 = send(aliceSocket, "a2");
    bobSocket.ok("read", "roomId", roomId, "messageId", a2);
    aliceSocket.awaitEvent("read");

    assertThat(bobSocket.ok("read", "roomId", roomId, "messageId", a1).isEmpty()).isTrue();
    bobSocket.ok("read", "roomId", roomId, "messageId", a2);

    assertThat(readEventsSoFar(aliceSocket)).isEmpty();
    assertThat(listed(bobSocket, roomId).path("unreadCount").asInt()).isZero();
  }

  @Test
  void aMessageThatIsNotInTheRoomIsInvalidInput() {
    String elsewhere = createRoom(aliceSocket, "elsewhere", bob);
    String foreign =
        aliceSocket
            .ok("message.send", "roomId", elsewhere, "content", "x", "clientMsgId", "c-x")
            .path("message")
            .path("messageId")
            .asText();

    for (String messageId : List.of("m_unknown", foreign)) {
      JsonNode answer = bobSocket.request("read", "roomId", roomId, "messageId", messageId);
      assertThat(answer.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
      assertThat(answer.path("error").path("field").asText()).isEqualTo("messageId");
    }
  }

  @Test
  void onlyMembersMayRead() {
    String a1 = send(aliceSocket, "a1");
    SocketClient carol = server.connect(server.api().registered("readcarol" + round));

    JsonNode outsider = carol.request("read", "roomId", roomId, "messageId", a1);
    JsonNode nowhere = carol.request("read", "roomId", "r_nowhere", "messageId", a1);

    assertThat(outsider.path("error").path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(nowhere.path("error").path("code").asText()).isEqualTo("NOT_FOUND");
  }

  private String send(SocketClient socket, String content) {
    return socket
        .ok("message.send", "roomId", roomId, "content", content, "clientMsgId", "c-" + content)
        .path("message")
        .path("messageId")
        .asText();
  }

  private static String createRoom(SocketClient owner, String name, Login member) {
    return owner
        .ok(
            "room.create",
            "name",
            name,
            "visibility",
            "private",
            "memberIds",
            List.of(member.userId()))
        .path("room")
        .path("roomId")
        .asText();
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
