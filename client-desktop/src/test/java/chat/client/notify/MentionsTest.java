package chat.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {

  private final Mentions alice = new Mentions("u-alice", "alice", true);
  private final Mentions aliceOnAnOlderServer = new Mentions("u-alice", "alice", false);

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
  void onAServerThatReadsMentionsAMessageWithoutThemMentionsNobody() {
    assertThat(alice.of(plain("`@alice` is a code span"))).isFalse();
  }

  @Test
  void fromAnOlderServerAnAtUsernameAnywhereInAnyCaseIsAMention() {
    assertThat(aliceOnAnOlderServer.of(plain("@alice"))).isTrue();
    assertThat(aliceOnAnOlderServer.of(plain("hey @Alice, lunch?"))).isTrue();
    assertThat(aliceOnAnOlderServer.of(plain("ask @ALICE."))).isTrue();
    assertThat(aliceOnAnOlderServer.of(plain("(@alice)"))).isTrue();
  }

  @Test
  void fromAnOlderServerALongerNameAnEmailOrTheBareNameIsNot() {
    assertThat(aliceOnAnOlderServer.of(plain("@alicee"))).isFalse();
    assertThat(aliceOnAnOlderServer.of(plain("@alice.smith"))).isFalse();
    assertThat(aliceOnAnOlderServer.of(plain("@alice_b"))).isFalse();
    assertThat(aliceOnAnOlderServer.of(plain("bob@alice"))).isFalse();
    assertThat(aliceOnAnOlderServer.of(plain("alice, lunch?"))).isFalse();
    assertThat(aliceOnAnOlderServer.of(plain(null))).isFalse();
  }

  @Test
  void fromAnOlderServerANameWithDotsOrDashesMatchesLiterally() {
    Mentions dotted = new Mentions("u-abc", "a.b-c", false);

    assertThat(dotted.of(plain("hi @a.b-c!"))).isTrue();
    assertThat(dotted.of(plain("hi @aXb-c"))).isFalse();
  }

  /** A message without {@code mentions} and {@code mentionsRoom}, as an older server sends all. */
  private static Message plain(String content) {
    return Message.text("m1", "r1", "u-bob", "bob", content, 1L, "c1");
  }

  private static Message fromServer(String content, List<String> mentions, Boolean room) {
    return plain(content).withMentions(mentions, room);
  }
}
