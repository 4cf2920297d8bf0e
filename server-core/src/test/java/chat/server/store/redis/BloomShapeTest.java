package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BloomShapeTest {

  @Test
  void sizesLikeBfReserve() {
    BloomShape shape = BloomShape.of(100_000, 0.01);

    assertThat(shape.bits()).isEqualTo(958_506);
    assertThat(shape.hashes()).isEqualTo(7);
  }

  @Test
  void positionsAreStableDistinctEnoughAndInRange() {
    BloomShape shape = BloomShape.of(1000, 0.001);

    long[] first = shape.positions("u_alice");

    assertThat(shape.positions("u_alice")).containsExactly(first);
    assertThat(first).hasSize(shape.hashes());
    assertThat(java.util.Arrays.stream(first)).allMatch(p -> p >= 0 && p < shape.bits());
    assertThat(first).doesNotHaveDuplicates();
    assertThat(shape.positions("u_bob")).isNotEqualTo(first);
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThatThrownBy(() -> BloomShape.of(0, 0.01)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BloomShape.of(10, 1.0)).isInstanceOf(IllegalArgumentException.class);
  }
}
