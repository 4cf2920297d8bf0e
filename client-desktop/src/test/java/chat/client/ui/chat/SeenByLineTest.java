package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of the "seen by" line under a message. */
class SeenByLineTest {

  @Test
  void theReadersAreNamed() {
    assertThat(SeenByLine.of(List.of("bob", "carol"))).isEqualTo("Seen by bob, carol");
    assertThat(SeenByLine.of(List.of())).isEmpty();
  }

  @Test
  void manyReadersAreCountedBeyondTheFirstThree() {
    assertThat(SeenByLine.of(List.of("a", "b", "c", "d"))).isEqualTo("Seen by a, b, c and 1 other");
    assertThat(SeenByLine.of(List.of("a", "b", "c", "d", "e", "f")))
        .isEqualTo("Seen by a, b, c and 3 others");
  }
}
