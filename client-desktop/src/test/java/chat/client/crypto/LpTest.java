package chat.client.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class LpTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void eachFieldIsItsBigEndianLengthThenItsBytes() {
    byte[] encoded = Lp.of("é", new byte[] {1, 2, 3}, 7, new byte[0]);

    assertThat(HEX.formatHex(encoded))
        .isEqualTo("00000002c3a9" + "00000003010203" + "0000000400000007" + "00000000");
  }

  @Test
  void movingABoundaryBetweenFieldsChangesTheBytes() {
    assertThat(Lp.of("ab", "c")).isNotEqualTo(Lp.of("a", "bc"));
  }

  @Test
  void splitGivesTheFieldsBack() {
    List<byte[]> fields = Lp.split(Lp.of(new byte[] {9}, new byte[0]), 2).orElseThrow();

    assertThat(fields).containsExactly(new byte[] {9}, new byte[0]);
  }

  @Test
  void splitRefusesTruncatedPaddedOrMiscountedInput() {
    byte[] two = Lp.of(new byte[] {9}, new byte[] {8, 7});

    assertThat(Lp.split(two, 1)).isEmpty();
    assertThat(Lp.split(two, 3)).isEmpty();
    assertThat(Lp.split(Arrays.copyOf(two, two.length - 1), 2)).isEmpty();
    assertThat(Lp.split(Arrays.copyOf(two, two.length + 1), 2)).isEmpty();
    assertThat(Lp.split(HEX.parseHex("ffffffff00"), 1)).isEmpty();
  }

  @Test
  void aFieldOfAnotherTypeIsRefused() {
    assertThatThrownBy(() -> Lp.of(1L)).isInstanceOf(IllegalArgumentException.class);
  }
}
