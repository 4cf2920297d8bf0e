package chat.client.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Argon2id against RFC 9106 §5.3. */
class Argon2idTest {

  @Test
  void rfc9106Section53Argon2idVector() {
    byte[] tag =
        Argon2id.derive(
            filled(32, 0x01),
            filled(16, 0x02),
            filled(8, 0x03),
            filled(12, 0x04),
            new Argon2id.Cost(3, 32, 4),
            32);

    assertThat(HexFormat.of().formatHex(tag))
        .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
  }

  @Test
  void anotherSaltOrCostGivesAnotherKey() {
    Argon2id.Cost small = new Argon2id.Cost(1, 64, 1);
    byte[] key = Argon2id.derive(filled(8, 1), filled(16, 2), small, 32);

    assertThat(Argon2id.derive(filled(8, 1), filled(16, 2), small, 32)).isEqualTo(key);
    assertThat(Argon2id.derive(filled(8, 1), filled(16, 3), small, 32)).isNotEqualTo(key);
    assertThat(Argon2id.derive(filled(8, 1), filled(16, 2), new Argon2id.Cost(2, 64, 1), 32))
        .isNotEqualTo(key);
  }

  private static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }
}
