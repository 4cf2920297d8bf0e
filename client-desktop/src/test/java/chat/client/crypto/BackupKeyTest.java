package chat.client.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The backup's fixed vector: recovery key 00…1f, item {@code identity} of {@code u-alice}. */
class BackupKeyTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final RecoveryKey RK =
      RecoveryKey.of(
          HEX.parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
  private static final String CHECK =
      "0a04a084d6ac2da609dc8d89e04f995e4e2c7123dccafda9b4e692b139e707ac";
  private static final byte[] NONCE = FixedKeys.filled(12, 0x07);
  private static final byte[] ITEM = "secret".getBytes(StandardCharsets.UTF_8);
  private static final String SEALED =
      "070707070707070707070707" + "3e5d326eb95e12101978a2a23d8f3735e0e4e115ecde";

  @Test
  void fixedVectorOfTheCheckValueAndASealedItem() {
    BackupKey key = BackupKey.of(RK);

    assertThat(HEX.formatHex(key.checkValue())).isEqualTo(CHECK);
    assertThat(HEX.formatHex(key.seal("u-alice", "identity", ITEM, NONCE))).isEqualTo(SEALED);
    assertThat(key.open("u-alice", "identity", HEX.parseHex(SEALED))).contains(ITEM);
  }

  /** The same bytes from docs/E2EE.md with the JDK's KDF, Mac and Cipher directly. */
  @Test
  void theFixedVectorRecomputedFromTheDocument() throws Exception {
    byte[] checkKey = hkdf("chat-backup-check-v1");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(checkKey, "HmacSHA256"));
    assertThat(HEX.formatHex(mac.doFinal("check".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(CHECK);

    Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
    gcm.init(
        Cipher.ENCRYPT_MODE,
        new SecretKeySpec(hkdf("chat-backup-v1"), "AES"),
        new GCMParameterSpec(128, NONCE));
    gcm.updateAAD(Lp.of("chat-backup-item-v1", "u-alice", "identity"));
    assertThat(HEX.formatHex(NONCE) + HEX.formatHex(gcm.doFinal(ITEM))).isEqualTo(SEALED);
  }

  @Test
  void aWrongRecoveryKeyIsToldByTheCheckValue() {
    byte[] stored = BackupKey.of(RK).checkValue();

    assertThat(BackupKey.of(RK).opens(stored)).isTrue();
    assertThat(BackupKey.of(RecoveryKey.generate()).opens(stored)).isFalse();
  }

  @Test
  void anItemHandedBackAsAnotherOrAnotherUsersDoesNotOpen() {
    BackupKey key = BackupKey.of(RK);
    byte[] session = key.seal("u-alice", "session-1", ITEM);

    assertThat(key.open("u-alice", "session-1", session)).contains(ITEM);
    assertThat(key.open("u-alice", "session-2", session)).isEmpty();
    assertThat(key.open("u-bob", "session-1", session)).isEmpty();
    assertThat(BackupKey.of(RecoveryKey.generate()).open("u-alice", "session-1", session))
        .isEmpty();
  }

  @Test
  void anAlteredOrCutItemDoesNotOpen() {
    BackupKey key = BackupKey.of(RK);
    byte[] sealed = HEX.parseHex(SEALED);
    sealed[sealed.length - 1] ^= 1;

    assertThat(key.open("u-alice", "identity", sealed)).isEmpty();
    assertThat(key.open("u-alice", "identity", Arrays.copyOf(HEX.parseHex(SEALED), 20))).isEmpty();
  }

  private static byte[] hkdf(String info) throws Exception {
    return KDF.getInstance("HKDF-SHA256")
        .deriveData(
            HKDFParameterSpec.ofExtract()
                .addIKM(RK.bytes())
                .addSalt(new byte[32])
                .thenExpand(info.getBytes(StandardCharsets.UTF_8), 32));
  }
}
