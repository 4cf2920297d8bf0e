package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of the "seen by" line. */
class SeenByLineTest {

  private static ChatLine says(String content) {
    return new ChatLine(ChatLine.Kind.MESSAGE, "m_1", "u_ann", "ann", content, 0, false, true, "");
  }

  @Test
  void theNewestMessageReadNamesTheReadersOnly() {
    assertThat(SeenByLine.of(List.of("bob", "carol"), says("hi"), true))
        .isEqualTo("Seen by bob, carol");
    assertThat(SeenByLine.of(List.of(), says("hi"), true)).isEmpty();
  }

  @Test
  void anOlderMessageReadIsQuotedOnOneLineAndShortened() {
    assertThat(SeenByLine.of(List.of("bob"), says("lunch\n  at noon?"), false))
        .isEqualTo("Seen by bob up to “lunch at noon?”");
    assertThat(SeenByLine.of(List.of("bob"), says("x".repeat(60)), false))
        .isEqualTo("Seen by bob up to “" + "x".repeat(SeenByLine.QUOTED_CHARS - 1) + "…”");
    assertThat(SeenByLine.of(List.of("bob"), says(""), false))
        .isEqualTo("Seen by bob up to ann's message");
  }

  @Test
  void manyReadersAreCountedBeyondTheFirstThree() {
    assertThat(SeenByLine.of(List.of("a", "b", "c", "d"), says("hi"), true))
        .isEqualTo("Seen by a, b, c and 1 other");
    assertThat(SeenByLine.of(List.of("a", "b", "c", "d", "e", "f"), says("hi"), true))
        .isEqualTo("Seen by a, b, c and 3 others");
  }
}
