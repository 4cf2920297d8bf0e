package chat.server.chat;

import static chat.server.support.TwoMembers.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Limits;
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

/** Editing and deleting messages over real sockets: who may, what members see, what is kept. */
class EditsProtocolTest {

  private static final Duration QUIET = Duration.ofMillis(300);

  @RegisterExtension static final TestServer server = TestServer.create();
  TwoMembers members;
  SocketClient outsider;

  @BeforeEach
  void twoMembersAndAnOutsider() {
    members = TwoMembers.inPrivateRoom(server, "edit", "edits");
    outsider = TwoMembers.outsider(server);
  }

  private String send(SocketClient from, String content) {
    String messageId = members.sendForId(from, content);
    members.aliceSocket().awaitEvent("message.new");
    members.bobSocket().awaitEvent("message.new");
    return messageId;
  }

  private JsonNode edit(SocketClient by, String messageId, String content) {
    return by.request(
        "message.edit", "roomId", members.roomId(), "messageId", messageId, "content", content);
  }

  private JsonNode delete(SocketClient by, String messageId) {
    return by.request("message.delete", "roomId", members.roomId(), "messageId", messageId);
  }

  /**
   * {@code by} may not edit {@code messageId}: the edit to {@code content} is refused FORBIDDEN,
   * the room's history stays as it was, and the message's author, {@code author}, hears of no
   * update.
   */
  private void assertEditForbiddenAndNothingChanges(
      SocketClient by, String messageId, String content, SocketClient author) {
    JsonNode before = members.history(members.aliceSocket());

    JsonNode refused = edit(by, messageId, content);

    assertThat(errorCode(refused)).isEqualTo("FORBIDDEN");
    assertThat(members.history(members.aliceSocket())).isEqualTo(before);
    assertThat(author.receivesEvent("message.updated", QUIET)).isFalse();
  }

  private List<String> search(String words) {
    List<String> found = new ArrayList<>();
    members
        .bobSocket()
        .ok("message.search", "query", words, "roomId", members.roomId())
        .path("results")
        .forEach(result -> found.add(result.path("message").path("messageId").asText()));
    return found;
  }

  @Test
  void anEditReachesEveryMemberAsTheWholeMessageAndNoOutsider() {
    String messageId = send(members.aliceSocket(), "first draft");

    JsonNode edited = members.edited(members.aliceSocket(), messageId, "final words");

    assertThat(edited.path("messageId").asText()).isEqualTo(messageId);
    assertThat(edited.path("content").asText()).isEqualTo("final words");
    assertThat(edited.path("editedAt").asLong()).isPositive();
    assertThat(members.bobSocket().awaitEvent("message.updated").path("message")).isEqualTo(edited);
    assertThat(members.aliceSocket().awaitEvent("message.updated").path("message"))
        .isEqualTo(edited);
    assertThat(outsider.receivesEvent("message.updated", QUIET)).isFalse();
    assertThat(members.history(members.bobSocket()).path("messages").get(0)).isEqualTo(edited);
  }

  @Test
  void anEditedMessageIsFoundByItsNewWordsAndNotItsOld() {
    String messageId = send(members.aliceSocket(), "marmalade lighthouse");

    members.edited(members.aliceSocket(), messageId, "lighthouse pineapple");

    assertThat(search("marmalade")).isEmpty();
    assertThat(search("pineapple")).containsExactly(messageId);
  }

  @Test
  void onlyTheAuthorMayEditAndARefusalChangesNothing() {
    String messageId = send(members.aliceSocket(), "mine");

    assertEditForbiddenAndNothingChanges(
        members.bobSocket(), messageId, "yours now", members.aliceSocket());
  }

  @Test
  void anEditOverTheContentLimitIsInvalidInputAndChangesNothing() {
    String messageId = send(members.aliceSocket(), "short");
    JsonNode before = members.history(members.aliceSocket());

    JsonNode tooLong =
        edit(members.aliceSocket(), messageId, "x".repeat(Limits.MAX_CONTENT_CHARS + 1));
    JsonNode blank = edit(members.aliceSocket(), messageId, "   ");

    assertThat(errorCode(tooLong)).isEqualTo("INVALID_INPUT");
    assertThat(errorCode(blank)).isEqualTo("INVALID_INPUT");
    assertThat(members.history(members.aliceSocket())).isEqualTo(before);
  }

  @Test
  void aDeletionReachesEveryMemberAndLeavesATombstoneInPlace() {
    String first = send(members.aliceSocket(), "first");
    String doomed = send(members.aliceSocket(), "regrettable");
    String last = send(members.aliceSocket(), "last");

    members.aliceSocket().ok("message.delete", "roomId", members.roomId(), "messageId", doomed);

    JsonNode event = members.bobSocket().awaitEvent("message.deleted");
    assertThat(event.path("roomId").asText()).isEqualTo(members.roomId());
    assertThat(event.path("messageId").asText()).isEqualTo(doomed);
    assertThat(outsider.receivesEvent("message.deleted", QUIET)).isFalse();
    JsonNode messages = members.history(members.bobSocket()).path("messages");
    assertThat(TwoMembers.messageIds(members.history(members.bobSocket())))
        .containsExactly(first, doomed, last);
    assertThat(messages.get(1).path("deleted").asBoolean()).isTrue();
    assertThat(messages.get(1).path("content").asText()).isEmpty();
    assertThat(search("regrettable")).isEmpty();
  }

  @Test
  void theOwnerMayDeleteAMembersMessageButAMemberMayNotDeleteTheOwners() {
    String bobs = send(members.bobSocket(), "from bob");
    String alices = send(members.aliceSocket(), "from alice");

    JsonNode refused = delete(members.bobSocket(), alices);
    JsonNode byOwner = delete(members.aliceSocket(), bobs);

    assertThat(errorCode(refused)).isEqualTo("FORBIDDEN");
    assertThat(byOwner.path("type").asText()).isEqualTo("ack");
    JsonNode messages = members.history(members.bobSocket()).path("messages");
    assertThat(messages.get(0).path("deleted").asBoolean()).isTrue();
    assertThat(messages.get(1).path("content").asText()).isEqualTo("from alice");
    assertThat(messages.get(1).has("deleted")).isFalse();
  }

  @Test
  void aDeletedOrUnknownMessageIsNotFoundAndNothingChanges() {
    String messageId = send(members.aliceSocket(), "soon gone");
    members.aliceSocket().ok("message.delete", "roomId", members.roomId(), "messageId", messageId);
    JsonNode before = members.history(members.aliceSocket());

    for (String id : List.of(messageId, "m_unknown")) {
      assertThat(errorCode(delete(members.aliceSocket(), id))).isEqualTo("NOT_FOUND");
      assertThat(errorCode(edit(members.aliceSocket(), id, "again"))).isEqualTo("NOT_FOUND");
    }

    assertThat(members.history(members.aliceSocket())).isEqualTo(before);
  }

  @Test
  void everyChangeInARoomTheCallerHasLeftIsForbiddenAndChangesNothing() {
    String bobs = send(members.bobSocket(), "bob was here");
    String pinned = send(members.aliceSocket(), "pinned by alice");
    members.aliceSocket().ok("message.pin", "roomId", members.roomId(), "messageId", pinned);
    Login carol = server.api().registered(TwoMembers.uniqueName("carol"));
    SocketClient stays = server.connect(carol);
    members.aliceSocket().ok("room.invite", "roomId", members.roomId(), "userId", carol.userId());
    members.aliceSocket().ok("room.leave", "roomId", members.roomId());
    members.bobSocket().ok("room.leave", "roomId", members.roomId());
    JsonNode before = members.history(stays);
    JsonNode pinsBefore = stays.ok("room.pins", "roomId", members.roomId());
    String room = members.roomId();

    List<JsonNode> answers =
        List.of(
            edit(members.bobSocket(), bobs, "edited after leaving"),
            delete(members.bobSocket(), bobs),
            members
                .bobSocket()
                .request("reaction.add", "roomId", room, "messageId", bobs, "emoji", "👍"),
            members
                .bobSocket()
                .request("reaction.remove", "roomId", room, "messageId", bobs, "emoji", "👍"),
            members.aliceSocket().request("message.pin", "roomId", room, "messageId", bobs),
            members.aliceSocket().request("message.unpin", "roomId", room, "messageId", pinned),
            members.aliceSocket().request("room.pins", "roomId", room));

    assertThat(answers).extracting(TwoMembers::errorCode).containsOnly("FORBIDDEN");
    assertThat(members.history(stays)).isEqualTo(before);
    assertThat(stays.ok("room.pins", "roomId", room)).isEqualTo(pinsBefore);
    assertThat(pinsBefore.path("pins")).hasSize(1);
  }

  @Test
  void anOwnerMayNotEditAMembersMessageAndTheRefusalChangesNothing() {
    String bobs = send(members.bobSocket(), "bob's words");

    assertEditForbiddenAndNothingChanges(
        members.aliceSocket(), bobs, "the owner's words", members.bobSocket());
  }

  @Test
  void anEditToTheSameContentIsAnsweredWithTheMessageAsItIsAndAnnouncedToNobody() {
    String messageId = send(members.aliceSocket(), "already right");
    JsonNode before = members.history(members.bobSocket());

    JsonNode answer = members.edited(members.aliceSocket(), messageId, "already right");

    assertThat(answer).isEqualTo(before.path("messages").get(0));
    assertThat(answer.has("editedAt")).isFalse();
    assertThat(members.bobSocket().receivesEvent("message.updated", QUIET)).isFalse();
    assertThat(members.history(members.bobSocket())).isEqualTo(before);
  }
}
