package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sending, fan-out, idempotency, rate limits and history paging over a real socket. */
class MessagesProtocolTest {

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
    alice = server.api().registered("msgalice" + round);
    bob = server.api().registered("msgbob" + round);
    aliceSocket = server.connect(alice);
    bobSocket = server.connect(bob);
    roomId =
        aliceSocket
            .ok("room.create", "name", "talk", "visibility", "public")
            .path("room")
            .path("roomId")
            .asText();
    bobSocket.ok("room.join", "roomId", roomId);
  }

  @Test
  void aSentMessageIsAckedStoredAsSentAndDeliveredToEveryMemberSocket() {
    SocketClient aliceSecondDevice = server.connect(alice);

    JsonNode message =
        aliceSocket
            .ok(
                "message.send",
                "roomId",
                roomId,
                "content",
                "  hello, world  ",
                "clientMsgId",
                "c-1")
            .path("message");

    assertThat(message.path("messageId").asText()).isNotBlank();
    assertThat(message.path("roomId").asText()).isEqualTo(roomId);
    assertThat(message.path("senderId").asText()).isEqualTo(alice.userId());
    assertThat(message.path("senderName").asText()).isEqualTo(alice.username());
    assertThat(message.path("content").asText()).isEqualTo("  hello, world  ");
    assertThat(message.path("type").asText()).isEqualTo("text");
    assertThat(message.path("clientMsgId").asText()).isEqualTo("c-1");
    assertThat(message.path("timestamp").asLong()).isPositive();
    assertThat(bobSocket.awaitEvent("message.new").path("message")).isEqualTo(message);
    assertThat(aliceSecondDevice.awaitEvent("message.new").path("message")).isEqualTo(message);
  }

  @Test
  void sendingTwiceWithOneClientMsgIdStoresOnce() {
    JsonNode first = send(aliceSocket, "once", "dup-1");
    bobSocket.awaitEvent("message.new");

    JsonNode resent =
        aliceSocket
            .ok(
                "message.send",
                "roomId",
                roomId,
                "content",
                "once, edited by a retry",
                "clientMsgId",
                "dup-1")
            .path("message");

    assertThat(resent).isEqualTo(first);
    assertThat(bobSocket.receivesEvent("message.new", Duration.ofMillis(300))).isFalse();
    assertThat(history(aliceSocket).path("messages")).hasSize(1);
  }

  @Test
  void anotherUsersMessageWithTheSameClientMsgIdIsADifferentMessage() {
    JsonNode fromAlice = send(aliceSocket, "from alice", "shared-id");
    JsonNode fromBob = send(bobSocket, "from bob", "shared-id");

    assertThat(fromBob.path("messageId")).isNotEqualTo(fromAlice.path("messageId"));
    assertThat(history(aliceSocket).path("messages")).hasSize(2);
  }

  @Test
  void contentMustHoldOneToFourThousandCharactersOnceTrimmed() {
    String fourThousandEmoji = "😀".repeat(4000);

    JsonNode longest = send(aliceSocket, fourThousandEmoji, "max");

    assertThat(longest.path("content").asText()).isEqualTo(fourThousandEmoji);
    JsonNode tooLong =
        aliceSocket.request(
            "message.send", "roomId", roomId, "content", "😀".repeat(4001), "clientMsgId", "over");
    assertThat(tooLong.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(history(aliceSocket).path("messages")).hasSize(1);
  }

  @Test
  void nonMembersCannotSendAndUnknownRoomsAreNotFound() {
    bobSocket.ok("room.leave", "roomId", roomId);

    JsonNode refused =
        bobSocket.request(
            "message.send", "roomId", roomId, "content", "let me in", "clientMsgId", "x");
    JsonNode missing =
        bobSocket.request(
            "message.send", "roomId", "r_nothere", "content", "anyone?", "clientMsgId", "y");

    assertThat(refused.path("error").path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(missing.path("error").path("code").asText()).isEqualTo("NOT_FOUND");
    assertThat(history(aliceSocket).path("messages")).isEmpty();
  }

  @Test
  void threadsAndAttachmentsAreRefusedUntilTheServerHasThem() {
    JsonNode threaded =
        aliceSocket.request(
            "message.send",
            "roomId",
            roomId,
            "content",
            "re",
            "clientMsgId",
            "t",
            "threadId",
            "m_x");
    JsonNode attached =
        aliceSocket.request(
            "message.send",
            "roomId",
            roomId,
            "content",
            "see",
            "clientMsgId",
            "a",
            "attachmentIds",
            List.of("f_1"));

    assertThat(threaded.path("error").path("field").asText()).isEqualTo("threadId");
    assertThat(attached.path("error").path("field").asText()).isEqualTo("attachmentIds");
    assertThat(history(aliceSocket).path("messages")).isEmpty();
  }

  @Test
  void aBurstOverThirtySendsIsRateLimitedWithRetryAfter() {
    List<String> requestIds = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      requestIds.add(
          aliceSocket.send(
              "message.send", "roomId", roomId, "content", "burst " + i, "clientMsgId", "b" + i));
    }
    int acked = 0;
    JsonNode limited = null;
    for (String requestId : requestIds) {
      JsonNode answer = aliceSocket.answer(requestId);
      if ("ack".equals(answer.path("type").asText())) {
        acked++;
      } else if (limited == null) {
        limited = answer;
      }
    }

    assertThat(acked).isBetween(30, 35);
    assertThat(limited).isNotNull();
    assertThat(limited.path("error").path("code").asText()).isEqualTo("RATE_LIMITED");
    assertThat(limited.path("error").path("retryAfterMs").asLong()).isBetween(1L, 1000L);
    assertThat(history(aliceSocket, "limit", 100).path("messages")).hasSize(acked);
    assertThat(send(bobSocket, "bob is not limited", "bob-1").path("content").asText())
        .isEqualTo("bob is not limited");
  }

  @Test
  void historyPagesOldestFirstWithHasMoreInTheDirectionOfTravel() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      ids.add(
          send(i % 2 == 0 ? aliceSocket : bobSocket, "n" + i, "p" + i).path("messageId").asText());
    }

    JsonNode newest = history(aliceSocket, "limit", 10);
    JsonNode older = history(aliceSocket, "limit", 10, "before", ids.get(15));
    JsonNode oldest = history(aliceSocket, "limit", 10, "before", ids.get(5));
    JsonNode newer = history(aliceSocket, "limit", 10, "after", ids.get(14));
    JsonNode latest = history(aliceSocket, "limit", 10, "after", ids.get(19));

    assertThat(messageIds(newest)).isEqualTo(ids.subList(15, 25));
    assertThat(newest.path("hasMore").asBoolean()).isTrue();
    assertThat(messageIds(older)).isEqualTo(ids.subList(5, 15));
    assertThat(older.path("hasMore").asBoolean()).isTrue();
    assertThat(messageIds(oldest)).isEqualTo(ids.subList(0, 5));
    assertThat(oldest.path("hasMore").asBoolean()).isFalse();
    assertThat(messageIds(newer)).isEqualTo(ids.subList(15, 25));
    assertThat(newer.path("hasMore").asBoolean()).isFalse();
    assertThat(messageIds(latest)).isEqualTo(ids.subList(20, 25));
    assertThat(latest.path("hasMore").asBoolean()).isFalse();
    assertThat(messageIds(history(aliceSocket))).isEqualTo(ids);
  }

  @Test
  void historyRefusesBadCursorsAndLimits() {
    String id = send(aliceSocket, "only", "o1").path("messageId").asText();
    String otherRoom =
        aliceSocket
            .ok("room.create", "name", "other", "visibility", "public")
            .path("room")
            .path("roomId")
            .asText();
    String foreignId = send(aliceSocket, otherRoom, "elsewhere", "o2").path("messageId").asText();

    assertThat(field(aliceSocket.request("message.history", "roomId", roomId, "before", "m_nope")))
        .isEqualTo("before");
    assertThat(field(aliceSocket.request("message.history", "roomId", roomId, "after", foreignId)))
        .isEqualTo("after");
    assertThat(
            aliceSocket
                .request("message.history", "roomId", roomId, "before", id, "after", id)
                .path("error")
                .path("code")
                .asText())
        .isEqualTo("INVALID_INPUT");
    assertThat(field(aliceSocket.request("message.history", "roomId", roomId, "limit", 0)))
        .isEqualTo("limit");
    assertThat(field(aliceSocket.request("message.history", "roomId", roomId, "limit", 101)))
        .isEqualTo("limit");
  }

  private JsonNode send(SocketClient socket, String content, String clientMsgId) {
    return send(socket, roomId, content, clientMsgId);
  }

  private static JsonNode send(
      SocketClient socket, String room, String content, String clientMsgId) {
    return socket
        .ok("message.send", "roomId", room, "content", content, "clientMsgId", clientMsgId)
        .path("message");
  }

  private JsonNode history(SocketClient socket, Object... fields) {
    Object[] all = new Object[fields.length + 2];
    all[0] = "roomId";
    all[1] = roomId;
    System.arraycopy(fields, 0, all, 2, fields.length);
    return socket.ok("message.history", all);
  }

  private static List<String> messageIds(JsonNode page) {
    return StreamSupport.stream(page.path("messages").spliterator(), false)
        .map(m -> m.path("messageId").asText())
        .toList();
  }

  private static String field(JsonNode answer) {
    return answer.path("error").path("field").asText("(no error: " + answer + ")");
  }
}
