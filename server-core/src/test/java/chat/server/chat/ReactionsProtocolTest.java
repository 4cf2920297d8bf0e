package chat.server.chat;

import static chat.server.support.TwoMembers.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Limits;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reactions over real sockets: one emoji each, idempotent, announced as the whole set. */
class ReactionsProtocolTest {

  private static final Duration QUIET = Duration.ofMillis(300);

  @RegisterExtension static final TestServer server = TestServer.create();
  TwoMembers members;
  SocketClient outsider;
  String messageId;

  @BeforeEach
  void aMessageTwoMembersAndAnOutsider() {
    members = TwoMembers.inPrivateRoom(server, "react", "reactions");
    outsider = TwoMembers.outsider(server);
    messageId = members.sendForId(members.aliceSocket(), "react to this");
    members.aliceSocket().awaitEvent("message.new");
    members.bobSocket().awaitEvent("message.new");
  }

  private JsonNode react(SocketClient by, String type, String emoji) {
    return by.request(type, "roomId", members.roomId(), "messageId", messageId, "emoji", emoji);
  }

  private JsonNode storedReactions() {
    return members.history(members.aliceSocket()).path("messages").get(0).path("reactions");
  }

  @Test
  void aReactionReachesEveryMemberAsTheMessagesWholeSetAndNoOutsider() {
    react(members.bobSocket(), "reaction.add", "🎉");
    members.aliceSocket().awaitEvent("reaction.updated");
    members.bobSocket().awaitEvent("reaction.updated");

    JsonNode answer = react(members.aliceSocket(), "reaction.add", "👍🏽");

    assertThat(answer.path("result").isEmpty()).isTrue();
    JsonNode event = members.bobSocket().awaitEvent("reaction.updated");
    assertThat(event.path("roomId").asText()).isEqualTo(members.roomId());
    assertThat(event.path("messageId").asText()).isEqualTo(messageId);
    assertThat(event.path("reactions").toString())
        .isEqualTo(
            "{\"🎉\":[\""
                + members.bob().userId()
                + "\"],\"👍🏽\":[\""
                + members.alice().userId()
                + "\"]}");
    assertThat(members.aliceSocket().awaitEvent("reaction.updated")).isEqualTo(event);
    assertThat(outsider.receivesEvent("reaction.updated", QUIET)).isFalse();
    assertThat(storedReactions()).isEqualTo(event.path("reactions"));
  }

  @Test
  void addingTwiceCountsOnceAndRemovingAnAbsentOneChangesAndAnnouncesNothing() {
    react(members.bobSocket(), "reaction.add", "👍");
    members.aliceSocket().awaitEvent("reaction.updated");
    JsonNode before = storedReactions();

    JsonNode again = react(members.bobSocket(), "reaction.add", "👍");
    JsonNode absent = react(members.bobSocket(), "reaction.remove", "🎉");

    assertThat(again.path("type").asText()).isEqualTo("ack");
    assertThat(absent.path("type").asText()).isEqualTo("ack");
    assertThat(absent.path("result").isEmpty()).isTrue();
    assertThat(members.aliceSocket().receivesEvent("reaction.updated", QUIET)).isFalse();
    assertThat(storedReactions()).isEqualTo(before);
  }

  @Test
  void removingTheLastReactionAnnouncesAnEmptySet() {
    react(members.bobSocket(), "reaction.add", "👍");
    members.aliceSocket().awaitEvent("reaction.updated");

    react(members.bobSocket(), "reaction.remove", "👍");

    assertThat(members.aliceSocket().awaitEvent("reaction.updated").path("reactions").isEmpty())
        .isTrue();
    assertThat(storedReactions().isMissingNode()).isTrue();
  }

  @Test
  void anythingButOneEmojiIsInvalidInputAndChangesNothing() {
    react(members.bobSocket(), "reaction.add", "👍");
    JsonNode before = storedReactions();

    for (String notOne : List.of("a", "1", ":)", "👍👍", "👍 ", "❤", "🇫", "ok👍")) {
      JsonNode answer = react(members.bobSocket(), "reaction.add", notOne);
      assertThat(errorCode(answer)).as(notOne).isEqualTo("INVALID_INPUT");
      assertThat(answer.path("error").path("field").asText()).isEqualTo("emoji");
    }

    assertThat(storedReactions()).isEqualTo(before);
  }

  @Test
  void everyKindOfSingleEmojiIsAccepted() {
    List<String> kinds =
        List.of(
            "❤️",
            "👍🏿",
            "👩‍👩‍👧",
            "🏳️‍🌈",
            "1️⃣",
            "🇯🇵",
            "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73\uDB40\uDC7F");

    for (String emoji : kinds) {
      assertThat(react(members.bobSocket(), "reaction.add", emoji).path("type").asText())
          .as(emoji)
          .isEqualTo("ack");
    }

    assertThat(storedReactions().size()).isEqualTo(kinds.size());
  }

  @Test
  void aTwentyFirstDistinctEmojiIsInvalidInputAndChangesNothing() {
    for (int i = 0; i < Limits.MAX_REACTION_EMOJI; i++) {
      react(members.bobSocket(), "reaction.add", Character.toString(0x1F600 + i));
    }
    JsonNode full = storedReactions();

    JsonNode refused =
        react(
            members.aliceSocket(),
            "reaction.add",
            Character.toString(0x1F600 + Limits.MAX_REACTION_EMOJI));

    assertThat(errorCode(refused)).isEqualTo("INVALID_INPUT");
    assertThat(full.size()).isEqualTo(Limits.MAX_REACTION_EMOJI);
    assertThat(storedReactions()).isEqualTo(full);
  }
}
