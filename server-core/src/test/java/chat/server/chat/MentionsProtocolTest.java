package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code @username} and {@code @room} on messages, and {@code mentionCount} in room.list. */
class MentionsProtocolTest {

  @RegisterExtension static final TestServer server = TestServer.create();
  TwoMembers members;

  @BeforeEach
  void twoMembersOfOneRoom() {
    members = TwoMembers.inPrivateRoom(server, "men", "mentions");
  }

  private static JsonNode listed(SocketClient socket, String roomId) {
    return StreamSupport.stream(socket.ok("room.list").path("rooms").spliterator(), false)
        .filter(room -> roomId.equals(room.path("roomId").asText()))
        .findFirst()
        .orElseThrow();
  }

  private int mentionCount(SocketClient socket) {
    return listed(socket, members.roomId()).path("mentionCount").asInt(-1);
  }

  @Test
  void aMentionedMemberIsListedOnTheMessageEveryoneReceives() {
    JsonNode sent =
        members.send(members.aliceSocket(), "lunch, @" + members.bob().username() + "?", "c-1");

    assertThat(sent.path("mentions")).extracting(JsonNode::asText).containsExactly(bobId());
    assertThat(sent.has("mentionsRoom")).isFalse();
    assertThat(members.bobSocket().awaitEvent("message.new").path("message")).isEqualTo(sent);
    JsonNode history = members.aliceSocket().ok("message.history", "roomId", members.roomId());
    assertThat(history.path("messages").get(0)).isEqualTo(sent);
  }

  @Test
  void namesAreMatchedIgnoringCase() {
    JsonNode sent =
        members.send(
            members.aliceSocket(), "@" + members.bob().username().toUpperCase() + ".", "c-1");

    assertThat(sent.path("mentions")).extracting(JsonNode::asText).containsExactly(bobId());
  }

  @Test
  void theMentionCountCountsUnreadMentionsOfTheCallerByOthers() {
    assertThat(mentionCount(members.bobSocket())).isZero();

    members.send(members.aliceSocket(), "@" + members.bob().username() + " one", "c-1");
    members.send(members.aliceSocket(), "no mention", "c-2");
    String last =
        members
            .send(members.aliceSocket(), "@" + members.bob().username() + " two", "c-3")
            .path("messageId")
            .asText();
    members.send(members.bobSocket(), "me, @" + members.bob().username(), "c-4");

    assertThat(mentionCount(members.bobSocket())).isEqualTo(2);
    assertThat(listed(members.bobSocket(), members.roomId()).path("unreadCount").asInt())
        .isEqualTo(3);
    assertThat(mentionCount(members.aliceSocket())).isZero();

    members.bobSocket().ok("read", "roomId", members.roomId(), "messageId", last);

    assertThat(mentionCount(members.bobSocket())).isZero();
  }

  @Test
  void atRoomMentionsEveryoneButTheSender() {
    JsonNode sent = members.send(members.aliceSocket(), "@room standup now", "c-1");
    members.send(members.aliceSocket(), "@room and @" + members.bob().username(), "c-2");

    assertThat(sent.path("mentionsRoom").asBoolean()).isTrue();
    assertThat(mentionCount(members.bobSocket())).isEqualTo(2);
    assertThat(mentionCount(members.aliceSocket())).isZero();
  }

  @Test
  void aMentionOfANonMemberNotifiesNobodyAndIsNotStored() {
    Login carol = server.api().registered(TwoMembers.uniqueName("carol"));
    SocketClient carolSocket = server.connect(carol);

    JsonNode sent = members.send(members.aliceSocket(), "ask @" + carol.username(), "c-1");

    assertThat(sent.has("mentions")).isFalse();
    assertThat(members.bobSocket().awaitEvent("message.new").path("message")).isEqualTo(sent);
    assertThat(carolSocket.receivesEvent("message.new", Duration.ofMillis(300))).isFalse();
    assertThat(carolSocket.ok("room.list").path("rooms")).isEmpty();
  }

  @Test
  void aMentionInsideCodeOrAnEmailAddressIsNoMention() {
    String bob = members.bob().username();

    JsonNode sent =
        members.send(
            members.aliceSocket(), "`@" + bob + "` mail x@" + bob + ".com\n```\n@room\n```", "c-1");

    assertThat(sent.has("mentions")).isFalse();
    assertThat(sent.has("mentionsRoom")).isFalse();
    assertThat(mentionCount(members.bobSocket())).isZero();
  }

  @Test
  void inARoomOverFiftyMembersOnlyOwnersMayMentionTheRoom() {
    for (int i = 0; i < MentionResolver.OPEN_ROOM_MENTION_LIMIT - 1; i++) {
      Login extra = server.api().registered(TwoMembers.uniqueName("crowd"));
      members.aliceSocket().ok("room.invite", "roomId", members.roomId(), "userId", extra.userId());
    }

    JsonNode fromMember = members.send(members.bobSocket(), "@room hello all", "c-1");
    JsonNode fromOwner = members.send(members.aliceSocket(), "@room hello all", "c-2");

    assertThat(fromMember.has("mentionsRoom")).isFalse();
    assertThat(fromOwner.path("mentionsRoom").asBoolean()).isTrue();
    assertThat(mentionCount(members.bobSocket())).isEqualTo(1);
    assertThat(mentionCount(members.aliceSocket())).isZero();
  }

  private String bobId() {
    return members.bob().userId();
  }

  @Test
  void anEditThatNamesAMemberCountsForThemAndOneThatNoLongerDoesUncounts() {
    String messageId =
        members.send(members.aliceSocket(), "lunch?", "c-1").path("messageId").asText();
    String bob = "@" + members.bob().username();

    JsonNode named = members.edited(members.aliceSocket(), messageId, "lunch, " + bob + "?");

    assertThat(named.path("mentions")).extracting(JsonNode::asText).containsExactly(bobId());
    assertThat(mentionCount(members.bobSocket())).isEqualTo(1);

    JsonNode unnamed = members.edited(members.aliceSocket(), messageId, "lunch, `" + bob + "`?");

    assertThat(unnamed.has("mentions")).isFalse();
    assertThat(mentionCount(members.bobSocket())).isZero();
  }

  @Test
  void aDeletedMentionNoLongerCounts() {
    String messageId =
        members
            .send(members.aliceSocket(), "@" + members.bob().username() + " look", "c-1")
            .path("messageId")
            .asText();
    assertThat(mentionCount(members.bobSocket())).isEqualTo(1);

    members.aliceSocket().ok("message.delete", "roomId", members.roomId(), "messageId", messageId);

    assertThat(mentionCount(members.bobSocket())).isZero();
  }
}
