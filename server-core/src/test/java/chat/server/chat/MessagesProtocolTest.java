package chat.server.chat;

import static chat.server.support.TwoMembers.messageIds;
import static chat.server.support.TwoMembers.roomIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sending, fan-out, idempotency, rate limits and history paging over a real socket. */
class MessagesProtocolTest {

  @RegisterExtension static final TestServer server = TestServer.create();
  TwoMembers members;

  @BeforeEach
  void twoMembersOfOneRoom() {
    members = TwoMembers.inPublicRoom(server, "msg", "talk");
  }

  @Test
  void aSentMessageIsAckedStoredAsSentAndDeliveredToEveryMemberSocket() {
    SocketClient aliceSecondDevice = server.connect(members.alice());

    JsonNode message =
        members
            .aliceSocket()
            .ok("message.send", members.sendFields("  hello, world  ", "c-1"))
            .path("message");

    assertThat(message.path("messageId").asText()).isNotBlank();
    assertThat(message.path("roomId").asText()).isEqualTo(members.roomId());
    assertThat(message.path("senderId").asText()).isEqualTo(members.alice().userId());
    assertThat(message.path("senderName").asText()).isEqualTo(members.alice().username());
    assertThat(message.path("content").asText()).isEqualTo("  hello, world  ");
    assertThat(message.path("type").asText()).isEqualTo("text");
    assertThat(message.path("clientMsgId").asText()).isEqualTo("c-1");
    assertThat(message.path("timestamp").asLong()).isPositive();
    assertThat(members.bobSocket().awaitEvent("message.new").path("message")).isEqualTo(message);
    assertThat(aliceSecondDevice.awaitEvent("message.new").path("message")).isEqualTo(message);
  }

  @Test
  void racingSendsOfOneNodeReachEverySocketInTheRoomsOneOrder() {
    int senders = 6;
    int each = 20; // within one user's burst of 30
    List<SocketClient> sockets = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      Login sender = server.api().registered(TwoMembers.uniqueName("racer"));
      SocketClient socket = server.connect(0, sender);
      socket.ok("room.join", "roomId", members.roomId());
      sockets.add(socket);
    }

    for (int i = 0; i < each; i++) {
      for (SocketClient socket : sockets) {
        socket.send("message.send", members.sendFields("race", "r" + i));
      }
    }

    List<String> delivered = new ArrayList<>();
    for (int i = 0; i < senders * each; i++) {
      delivered.add(
          members.bobSocket().awaitEvent("message.new").path("message").path("messageId").asText());
    }
    assertThat(delivered).isEqualTo(members.bobSocket().wholeHistory(members.roomId()));
  }

  @Test
  void sendingTwiceWithOneClientMsgIdStoresOnce() {
    JsonNode first = members.send(members.aliceSocket(), "once", "dup-1");
    members.bobSocket().awaitEvent("message.new");

    JsonNode resent =
        members
            .aliceSocket()
            .ok("message.send", members.sendFields("once, edited by a retry", "dup-1"))
            .path("message");

    assertThat(resent).isEqualTo(first);
    assertThat(members.bobSocket().receivesEvent("message.new", Duration.ofMillis(300))).isFalse();
    assertThat(history(members.aliceSocket()).path("messages")).hasSize(1);
  }

  @Test
  void anotherUsersMessageWithTheSameClientMsgIdIsADifferentMessage() {
    JsonNode fromAlice = members.send(members.aliceSocket(), "from alice", "shared-id");
    JsonNode fromBob = members.send(members.bobSocket(), "from bob", "shared-id");

    assertThat(fromBob.path("messageId")).isNotEqualTo(fromAlice.path("messageId"));
    assertThat(history(members.aliceSocket()).path("messages")).hasSize(2);
  }

  @Test
  void contentMustHoldOneToFourThousandCharactersOnceTrimmed() {
    String fourThousandEmoji = "😀".repeat(4000);

    JsonNode longest = members.send(members.aliceSocket(), fourThousandEmoji, "max");

    assertThat(longest.path("content").asText()).isEqualTo(fourThousandEmoji);
    JsonNode tooLong =
        members
            .aliceSocket()
            .request("message.send", members.sendFields("😀".repeat(4001), "over"));
    assertThat(tooLong.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(history(members.aliceSocket()).path("messages")).hasSize(1);
  }

  @Test
  void nonMembersCannotSendAndUnknownRoomsAreNotFound() {
    members.bobSocket().ok("room.leave", "roomId", members.roomId());

    JsonNode refused =
        members.bobSocket().request("message.send", members.sendFields("let me in", "x"));
    JsonNode missing =
        members
            .bobSocket()
            .request(
                "message.send", "roomId", "r_nothere", "content", "anyone?", "clientMsgId", "y");

    assertThat(refused.path("error").path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(missing.path("error").path("code").asText()).isEqualTo("NOT_FOUND");
    assertThat(history(members.aliceSocket()).path("messages")).isEmpty();
  }

  @Test
  void anAttachmentIdOfNoFileIsRefusedAndStoresNothing() {
    JsonNode attached =
        members
            .aliceSocket()
            .request(
                "message.send", members.sendFields("see", "a", "attachmentIds", List.of("f_1")));

    assertThat(attached.path("error").path("field").asText()).isEqualTo("attachmentIds");
    assertThat(history(members.aliceSocket()).path("messages")).isEmpty();
  }

  @Test
  void aBurstOverThirtySendsIsRateLimitedWithRetryAfter() {
    List<String> requestIds = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      requestIds.add(
          members.aliceSocket().send("message.send", members.sendFields("burst " + i, "b" + i)));
    }
    int acked = 0;
    JsonNode limited = null;
    for (String requestId : requestIds) {
      JsonNode answer = members.aliceSocket().answer(requestId);
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
    assertThat(history(members.aliceSocket(), "limit", 100).path("messages")).hasSize(acked);
    assertThat(
            members
                .send(members.bobSocket(), "bob is not limited", "bob-1")
                .path("content")
                .asText())
        .isEqualTo("bob is not limited");
  }

  @Test
  void historyPagesOldestFirstWithHasMoreInTheDirectionOfTravel() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      ids.add(
          members
              .send(i % 2 == 0 ? members.aliceSocket() : members.bobSocket(), "n" + i, "p" + i)
              .path("messageId")
              .asText());
    }

    JsonNode newest = history(members.aliceSocket(), "limit", 10);
    JsonNode older = history(members.aliceSocket(), "limit", 10, "before", ids.get(15));
    JsonNode oldest = history(members.aliceSocket(), "limit", 10, "before", ids.get(5));
    JsonNode newer = history(members.aliceSocket(), "limit", 10, "after", ids.get(14));
    JsonNode latest = history(members.aliceSocket(), "limit", 10, "after", ids.get(19));

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
    assertThat(messageIds(history(members.aliceSocket()))).isEqualTo(ids);
  }

  @Test
  void historyRefusesBadCursorsAndLimits() {
    String id = members.send(members.aliceSocket(), "only", "o1").path("messageId").asText();
    String otherRoom =
        roomIdOf(members.aliceSocket().ok("room.create", "name", "other", "visibility", "public"));
    String foreignId =
        TwoMembers.send(members.aliceSocket(), otherRoom, "elsewhere", "o2")
            .path("messageId")
            .asText();

    assertThat(
            field(
                members
                    .aliceSocket()
                    .request("message.history", "roomId", members.roomId(), "before", "m_nope")))
        .isEqualTo("before");
    assertThat(
            field(
                members
                    .aliceSocket()
                    .request("message.history", "roomId", members.roomId(), "after", foreignId)))
        .isEqualTo("after");
    assertThat(
            members
                .aliceSocket()
                .request("message.history", "roomId", members.roomId(), "before", id, "after", id)
                .path("error")
                .path("code")
                .asText())
        .isEqualTo("INVALID_INPUT");
    assertThat(
            field(
                members
                    .aliceSocket()
                    .request("message.history", "roomId", members.roomId(), "limit", 0)))
        .isEqualTo("limit");
    assertThat(
            field(
                members
                    .aliceSocket()
                    .request("message.history", "roomId", members.roomId(), "limit", 101)))
        .isEqualTo("limit");
  }

  private JsonNode history(SocketClient socket, Object... fields) {
    Object[] all = new Object[fields.length + 2];
    all[0] = "roomId";
    all[1] = members.roomId();
    System.arraycopy(fields, 0, all, 2, fields.length);
    return socket.ok("message.history", all);
  }

  private static String field(JsonNode answer) {
    return answer.path("error").path("field").asText("(no error: " + answer + ")");
  }
}
