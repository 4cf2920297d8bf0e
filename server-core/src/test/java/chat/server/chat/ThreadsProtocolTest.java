package chat.server.chat;

import static chat.server.support.TwoMembers.messageIds;
import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replies in threads over a real socket: events, the room's timeline, thread.history, refusals. */
class ThreadsProtocolTest {

  @RegisterExtension static final TestServer server = TestServer.create();
  TwoMembers members;
  String root;

  @BeforeEach
  void aRootInOneRoom() {
    members = TwoMembers.inPublicRoom(server, "thr", "threads");
    root = members.sendForId(members.aliceSocket(), "root");
    members.bobSocket().awaitEvent("message.new");
    members.aliceSocket().awaitEvent("message.new");
  }

  private JsonNode reply(SocketClient from, String content, boolean alsoInRoom) {
    return from.ok(
            "message.send",
            "roomId",
            members.roomId(),
            "content",
            content,
            "clientMsgId",
            "c-" + content,
            "threadId",
            root,
            "alsoInRoom",
            alsoInRoom)
        .path("message");
  }

  private JsonNode refusedReply(String threadId) {
    return members
        .aliceSocket()
        .request(
            "message.send",
            "roomId",
            members.roomId(),
            "content",
            "refused",
            "clientMsgId",
            "c-refused",
            "threadId",
            threadId);
  }

  private JsonNode threadPage(SocketClient socket, Object... extra) {
    List<Object> fields =
        new ArrayList<>(List.of("roomId", members.roomId(), "threadId", root, "limit", 2));
    fields.addAll(List.of(extra));
    return socket.request("thread.history", fields.toArray());
  }

  /** The thread's replies as alice, a member throughout, reads them. */
  private List<String> storedReplies() {
    return messageIds(
        members.aliceSocket().ok("thread.history", "roomId", members.roomId(), "threadId", root));
  }

  private JsonNode storedRoot() {
    JsonNode history = members.aliceSocket().ok("message.history", "roomId", members.roomId());
    return StreamSupport.stream(history.path("messages").spliterator(), false)
        .filter(message -> root.equals(message.path("messageId").asText()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aReplyReachesEveryMemberAndTheRootsNewStateFollows() {
    Login carol = server.api().registered(TwoMembers.uniqueName("carol"));
    SocketClient outsider = server.connect(carol);

    JsonNode sent = reply(members.bobSocket(), "first reply", false);

    assertThat(sent.path("threadId").asText()).isEqualTo(root);
    assertThat(sent.has("alsoInRoom")).isFalse();
    assertThat(members.aliceSocket().awaitEvent("message.new").path("message")).isEqualTo(sent);
    JsonNode updated = members.aliceSocket().awaitEvent("message.updated").path("message");
    assertThat(updated.path("messageId").asText()).isEqualTo(root);
    assertThat(updated.path("replyCount").asInt()).isEqualTo(1);
    assertThat(updated.path("lastReplyAt").asLong()).isEqualTo(sent.path("timestamp").asLong());
    assertThat(updated.path("participants"))
        .extracting(JsonNode::asText)
        .containsExactly(members.bob().userId());
    assertThat(members.bobSocket().awaitEvent("message.updated").path("message"))
        .isEqualTo(updated);
    assertThat(storedRoot()).isEqualTo(updated);
    assertThat(outsider.receivesEvent("message.new", Duration.ofMillis(300))).isFalse();
    assertThat(outsider.receivedSoFar()).isEmpty();
  }

  @Test
  void aThreadOnlyReplyStaysOutOfTheRoomsHistoryUnreadCountAndSync() {
    JsonNode hidden = reply(members.bobSocket(), "thread only", false);
    JsonNode shown = reply(members.bobSocket(), "also in room", true);

    JsonNode history = members.aliceSocket().ok("message.history", "roomId", members.roomId());
    JsonNode synced =
        members
            .aliceSocket()
            .ok("sync", "cursors", Map.of(members.roomId(), root))
            .path("rooms")
            .path(members.roomId());

    assertThat(messageIds(history)).containsExactly(root, shown.path("messageId").asText());
    assertThat(shown.path("alsoInRoom").asBoolean()).isTrue();
    assertThat(messageIds(synced)).containsExactly(shown.path("messageId").asText());
    assertThat(listed(members.aliceSocket()).path("unreadCount").asInt()).isEqualTo(1);
    assertThat(messageIds(threadPage(members.aliceSocket()).path("result")))
        .containsExactly(hidden.path("messageId").asText(), shown.path("messageId").asText());
  }

  @Test
  void threadHistoryPagesTheRepliesBackwardsOldestFirst() {
    String one = reply(members.bobSocket(), "one", false).path("messageId").asText();
    String two = reply(members.aliceSocket(), "two", true).path("messageId").asText();
    String three = reply(members.bobSocket(), "three", false).path("messageId").asText();

    JsonNode newest = threadPage(members.aliceSocket()).path("result");
    JsonNode older = threadPage(members.aliceSocket(), "before", two).path("result");

    assertThat(messageIds(newest)).containsExactly(two, three);
    assertThat(newest.path("hasMore").asBoolean()).isTrue();
    assertThat(messageIds(older)).containsExactly(one);
    assertThat(older.path("hasMore").asBoolean()).isFalse();
  }

  @Test
  void aResentReplyCountsOnceAndAnnouncesNothingNew() {
    JsonNode first = reply(members.bobSocket(), "once", false);
    members.aliceSocket().awaitEvent("message.updated");

    JsonNode resent = reply(members.bobSocket(), "once", false);

    assertThat(resent).isEqualTo(first);
    assertThat(members.aliceSocket().receivesEvent("message.updated", Duration.ofMillis(300)))
        .isFalse();
    assertThat(storedRoot().path("replyCount").asInt()).isEqualTo(1);
  }

  @Test
  void replyingToAReplyIsInvalidInputAndStoresNothing() {
    String firstReply = reply(members.bobSocket(), "reply", false).path("messageId").asText();

    JsonNode refused = refusedReply(firstReply);

    assertThat(refused.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(refused.path("error").path("field").asText()).isEqualTo("threadId");
    assertThat(storedRoot().path("replyCount").asInt()).isEqualTo(1);
    assertThat(messageIds(threadPage(members.aliceSocket()).path("result")))
        .containsExactly(firstReply);
  }

  @Test
  void aRootOfAnotherRoomOrNoneAtAllIsInvalidInputAndStoresNothing() {
    String otherRoom = members.createPrivateRoom("elsewhere");
    String elsewhere =
        TwoMembers.send(members.aliceSocket(), otherRoom, "over there", "c-there")
            .path("messageId")
            .asText();

    JsonNode acrossRooms = refusedReply(elsewhere);
    JsonNode unknown = refusedReply("m_nosuchmessage");

    assertThat(List.of(acrossRooms, unknown))
        .allSatisfy(
            refused -> {
              assertThat(refused.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
              assertThat(refused.path("error").path("field").asText()).isEqualTo("threadId");
            });
    assertThat(messageIds(members.aliceSocket().ok("message.history", "roomId", members.roomId())))
        .containsExactly(root);
    assertThat(members.aliceSocket().ok("message.history", "roomId", otherRoom).path("messages"))
        .hasSize(1);
  }

  @Test
  void onlyMembersReadAThreadAndItsRootMustBeOfTheRoom() {
    String answer = reply(members.bobSocket(), "members only", false).path("messageId").asText();
    Login carol = server.api().registered(TwoMembers.uniqueName("carol"));
    SocketClient outsider = server.connect(carol);
    String otherRoom = members.createPrivateRoom("elsewhere");
    String elsewhere =
        TwoMembers.send(members.aliceSocket(), otherRoom, "over there", "c-there")
            .path("messageId")
            .asText();

    JsonNode forbidden = threadPage(outsider);
    JsonNode unknownRoot =
        members
            .aliceSocket()
            .request("thread.history", "roomId", members.roomId(), "threadId", "m_nosuchmessage");
    JsonNode rootOfAnotherRoom =
        members
            .aliceSocket()
            .request("thread.history", "roomId", members.roomId(), "threadId", elsewhere);
    JsonNode unknownCursor = threadPage(members.aliceSocket(), "before", root);

    assertThat(forbidden.path("error").path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(forbidden.has("messages")).isFalse();
    assertThat(List.of(unknownRoot, rootOfAnotherRoom))
        .allSatisfy(
            refused -> {
              assertThat(refused.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
              assertThat(refused.path("error").path("field").asText()).isEqualTo("threadId");
            });
    assertThat(unknownCursor.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(unknownCursor.path("error").path("field").asText()).isEqualTo("before");
    assertThat(storedReplies()).containsExactly(answer);
  }

  @Test
  void afterLeavingTheRoomNeitherAReplyNorTheThreadIsAllowedAndNothingChanges() {
    String answer =
        reply(members.aliceSocket(), "before bob left", false).path("messageId").asText();
    members.bobSocket().ok("room.leave", "roomId", members.roomId());
    JsonNode rootBefore = storedRoot();

    JsonNode refusedReply =
        members
            .bobSocket()
            .request(
                "message.send",
                "roomId",
                members.roomId(),
                "content",
                "after leaving",
                "clientMsgId",
                "c-after",
                "threadId",
                root);
    JsonNode refusedPage = threadPage(members.bobSocket());

    assertThat(refusedReply.path("error").path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(refusedPage.path("error").path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(storedRoot()).isEqualTo(rootBefore);
    assertThat(storedReplies()).containsExactly(answer);
  }

  @Test
  void aMentionInAThreadOnlyReplyCountsForTheMentioned() {
    reply(members.bobSocket(), "@" + members.alice().username() + " see this", false);

    assertThat(listed(members.aliceSocket()).path("mentionCount").asInt()).isEqualTo(1);
    assertThat(listed(members.aliceSocket()).path("unreadCount").asInt()).isZero();
  }

  private JsonNode listed(SocketClient socket) {
    return StreamSupport.stream(socket.ok("room.list").path("rooms").spliterator(), false)
        .filter(room -> members.roomId().equals(room.path("roomId").asText()))
        .findFirst()
        .orElseThrow();
  }
}
