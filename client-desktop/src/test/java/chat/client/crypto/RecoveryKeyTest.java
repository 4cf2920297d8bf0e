package chat.client.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RecoveryKeyTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] KEY =
      HEX.parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
  private static final String WRITTEN =
      "0400 20G3 0G2G C1R8 1450 P30D 1R7H 048J 2CA1 A5GQ 30CH M6RW 3MF1 YJ8H";
  private static final byte[] SALT = FixedKeys.filled(16, 0x5a);

  /** The key 00…1f: format byte 01, the key, the first two bytes of SHA-256 of the 33 before. */
  @Test
  void fixedVectorOfAWrittenRecoveryKey() throws Exception {
    assertThat(RecoveryKey.of(KEY).display()).isEqualTo(WRITTEN);

    byte[] body = new byte[33];
    body[0] = 1;
    System.arraycopy(KEY, 0, body, 1, 32);
    byte[] check = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(body), 2);
    byte[] all = Arrays.copyOf(body, 35);
    System.arraycopy(check, 0, all, 33, 2);
    assertThat(CrockfordBase32.encode(all)).isEqualTo(WRITTEN.replace(" ", ""));
  }

  @Test
  void aWrittenKeyReadsBackHoweverItIsTyped() {
    String typed = WRITTEN.toLowerCase().replace(' ', '-').replace('0', 'o').replace('1', 'l');

    assertThat(RecoveryKey.parse(WRITTEN).orElseThrow().bytes()).isEqualTo(KEY);
    assertThat(RecoveryKey.parse(typed).orElseThrow().bytes()).isEqualTo(KEY);
    RecoveryKey random = RecoveryKey.generate();
    assertThat(RecoveryKey.parse(random.display()).orElseThrow().bytes()).isEqualTo(random.bytes());
  }

  @Test
  void aMistypedCharacterOrTwoSwappedAreCaught() {
    assertThat(RecoveryKey.parse(WRITTEN.replace("P30D", "P31D"))).isEmpty();
    assertThat(RecoveryKey.parse(WRITTEN.replace("C1R8", "C1R9"))).isEmpty();
    assertThat(RecoveryKey.parse(WRITTEN.replace("A5GQ", "A5QG"))).isEmpty();
  }

  @Test
  void aKeyTooShortTooLongOrWithAForeignCharacterIsNoKey() {
    assertThat(RecoveryKey.parse(WRITTEN.substring(0, WRITTEN.length() - 1))).isEmpty();
    assertThat(RecoveryKey.parse(WRITTEN + "0")).isEmpty();
    assertThat(RecoveryKey.parse(WRITTEN + " 0000")).isEmpty();
    assertThat(RecoveryKey.parse(WRITTEN.replace("0400", "04U0"))).isEmpty();
    assertThat(RecoveryKey.parse("")).isEmpty();
  }

  @Test
  void aKeyOfAnotherFormatIsNoKey() {
    assertThat(RecoveryKey.parse(CrockfordBase32.encode(new byte[35]))).isEmpty();
  }

  @Test
  void fixedVectorOfAPassphraseStretchedAtATestCost() {
    RecoveryKey key =
        RecoveryKey.fromPassphrase(
            "correct horse battery staple", SALT, new Argon2id.Cost(1, 64, 1));

    assertThat(HEX.formatHex(key.bytes()))
        .isEqualTo("667583c3e341405c650e648948720276491a2e428ef63a5eaf33cd66c7a7fb0f");
  }

  /** The documented cost: 3 passes over 64 MiB in one lane (about half a second here). */
  @Test
  void fixedVectorOfAPassphraseStretchedAtTheRealCost() {
    RecoveryKey key =
        RecoveryKey.fromPassphrase("correct horse battery staple", SALT, Argon2id.Cost.RECOVERY);

    assertThat(Argon2id.Cost.RECOVERY).isEqualTo(new Argon2id.Cost(3, 65536, 1));
    assertThat(HEX.formatHex(key.bytes()))
        .isEqualTo("b5d354876f658cde1a5d125c43b4a60465890d322a2394066a3428b0d1fa231a");
  }

  /** "é" typed as one code point or as e and a combining accent is the same passphrase. */
  @Test
  void aPassphraseIsTheSameWhicheverWayItsAccentsAreTyped() {
    Argon2id.Cost cost = new Argon2id.Cost(1, 64, 1);

    assertThat(RecoveryKey.fromPassphrase("caf\u00e9", SALT, cost).bytes())
        .isEqualTo(RecoveryKey.fromPassphrase("cafe\u0301", SALT, cost).bytes())
        .isNotEqualTo(RecoveryKey.fromPassphrase("cafe", SALT, cost).bytes());
  }
}
