package chat.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.Mentioning;
import chat.protocol.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {

  private final Mentions alice = new Mentions("u-alice", "alice");

  @Test
  void theServersMentionsNamingMeAreAMention() {
    assertThat(alice.of(fromServer("hi @alice", List.of("u-bob", "u-alice"), null))).isTrue();
  }

  @Test
  void atRoomIsAMentionOfEveryone() {
    assertThat(alice.of(fromServer("@room standup now", List.of(), true))).isTrue();
    assertThat(alice.of(fromServer("@room standup now", null, true))).isTrue();
  }

  @Test
  void whenTheServerDecidedMyNameInTheTextIsNoMention() {
    assertThat(alice.of(fromServer("`@alice` is a code span", List.of(), null))).isFalse();
    assertThat(alice.of(fromServer("@alice and @bob", List.of("u-bob"), false))).isFalse();
    assertThat(alice.of(fromServer("@alice", null, false))).isFalse();
  }

  @Test
  void fromAnOlderServerAnAtUsernameAnywhereInAnyCaseIsAMention() {
    assertThat(alice.of(older("@alice"))).isTrue();
    assertThat(alice.of(older("hey @Alice, lunch?"))).isTrue();
    assertThat(alice.of(older("ask @ALICE."))).isTrue();
    assertThat(alice.of(older("(@alice)"))).isTrue();
  }

  @Test
  void fromAnOlderServerALongerNameAnEmailOrTheBareNameIsNot() {
    assertThat(alice.of(older("@alicee"))).isFalse();
    assertThat(alice.of(older("@alice.smith"))).isFalse();
    assertThat(alice.of(older("@alice_b"))).isFalse();
    assertThat(alice.of(older("bob@alice"))).isFalse();
    assertThat(alice.of(older("alice, lunch?"))).isFalse();
    assertThat(alice.of(older(null))).isFalse();
  }

  @Test
  void fromAnOlderServerANameWithDotsOrDashesMatchesLiterally() {
    Mentions dotted = new Mentions("u-abc", "a.b-c");

    assertThat(dotted.of(older("hi @a.b-c!"))).isTrue();
    assertThat(dotted.of(older("hi @aXb-c"))).isFalse();
  }

  /** A message as an older server sends it: neither {@code mentions} nor {@code mentionsRoom}. */
  private static Message older(String content) {
    return Message.text("m1", "r1", "u-bob", "bob", content, 1L, "c1");
  }

  private static Message fromServer(String content, List<String> mentions, Boolean room) {
    return Mentioning.withMentions(older(content), mentions, room);
  }
}
