package chat.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

  private final Mentions alice = new Mentions("alice");

  @Test
  void anAtUsernameAnywhereInAnyCaseIsAMention() {
    assertThat(alice.in("@alice")).isTrue();
    assertThat(alice.in("hey @Alice, lunch?")).isTrue();
    assertThat(alice.in("ask @ALICE.")).isTrue();
    assertThat(alice.in("(@alice)")).isTrue();
  }

  @Test
  void aLongerNameAnEmailOrTheBareNameIsNot() {
    assertThat(alice.in("@alicee")).isFalse();
    assertThat(alice.in("@alice.smith")).isFalse();
    assertThat(alice.in("@alice_b")).isFalse();
    assertThat(alice.in("bob@alice")).isFalse();
    assertThat(alice.in("alice, lunch?")).isFalse();
    assertThat(alice.in(null)).isFalse();
  }

  @Test
  void aNameWithDotsOrDashesMatchesLiterally() {
    Mentions dotted = new Mentions("a.b-c");

    assertThat(dotted.in("hi @a.b-c!")).isTrue();
    assertThat(dotted.in("hi @aXb-c")).isFalse();
  }
}
