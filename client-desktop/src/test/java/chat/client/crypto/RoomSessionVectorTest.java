package chat.client.crypto;

import static chat.client.crypto.FixedKeys.ED_2;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The room message format's fixed vector: Alice's device (DSK = RFC 8032 TEST 2) in room {@code
 * r-1}, session id 00…0f, {@code CK₀} = 32 bytes 0x42, its first two messages.
 */
class RoomSessionVectorTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final DeviceAddress ALICE = new DeviceAddress("u-alice", "desk");
  private static final byte[] SESSION = HEX.parseHex("000102030405060708090a0b0c0d0e0f");
  private static final byte[] CK_0 = FixedKeys.filled(32, 0x42);
  private static final String[] PLAINTEXTS = {"{\"body\":\"hello\"}", "{\"body\":\"again\"}"};
  private static final String[] CIPHERTEXTS = {
    "2ac9e74a4cef4bc2edd61cc5dbc9697f3efa6a6c8044eaaf6255eb88b219a3fc",
    "b980a06a9348ec44b3bcb63fa3ff726515f4c3d93b9d01d9f76bc69f0840860c",
  };
  private static final String[] SIGNATURES = {
    "46941518939eedac3bb197e26923e4595606b9048800df3f8da795f332fd66de"
        + "89fa92082dc05c836db6b6534f0c5bb5ffd0634190fd054e95753fce3fd4c60b",
    "b4692863ac65c0544af1ccf23f1f3e1edcbd3375ca87f1c75c46cb16da8c1f03"
        + "bd2306c6bfccac1869ede5794a0bd09469bf9641050cf0620d50957f6243700b",
  };

  @Test
  void theFirstTwoMessagesOfAFixedSessionAreTheFixedBytes() {
    OutboundRoomSession session = fixedSession();
    for (int i = 0; i < 2; i++) {
      EncryptedRoomMessage message = session.encrypt(utf8(PLAINTEXTS[i]));

      assertThat(message.index()).isEqualTo(i);
      assertThat(message.deviceId()).isEqualTo("desk");
      assertThat(message.sessionId()).isEqualTo(new SessionId(SESSION));
      assertThat(HEX.formatHex(message.ciphertext())).isEqualTo(CIPHERTEXTS[i]);
      assertThat(HEX.formatHex(message.signature())).isEqualTo(SIGNATURES[i]);
    }
  }

  @Test
  void anInboundSessionFromTheFixedRoomKeyReadsTheFixedMessages() {
    InboundRoomSession inbound = new InboundRoomSession(fixedSession().roomKey());
    for (int i = 1; i >= 0; i--) {
      byte[] expected = utf8(PLAINTEXTS[i]);
      EncryptedRoomMessage message =
          new EncryptedRoomMessage(
              "desk",
              new SessionId(SESSION),
              i,
              HEX.parseHex(CIPHERTEXTS[i]),
              HEX.parseHex(SIGNATURES[i]));

      assertThat(inbound.decrypt("m" + i, message))
          .isInstanceOfSatisfying(
              RoomDecryption.Decrypted.class,
              decrypted -> assertThat(decrypted.plaintext()).isEqualTo(expected));
    }
  }

  /**
   * The second message recomputed from docs/E2EE.md with the JDK's Mac, KDF, Cipher and Signature
   * directly: {@code CK₁ = HMAC(CK₀, 0x02)}, {@code MK₁ = HMAC(CK₁, 0x01)}, HKDF to key and nonce,
   * the header as AES-GCM's additional data, the signature over {@code LP(header, ciphertext)}.
   */
  @Test
  void theSecondMessageRecomputedStepByStepFromTheDocument() throws Exception {
    byte[] ck1 = hmac(CK_0, (byte) 0x02);
    byte[] mk1 = hmac(ck1, (byte) 0x01);
    byte[] okm =
        KDF.getInstance("HKDF-SHA256")
            .deriveData(
                HKDFParameterSpec.ofExtract()
                    .addIKM(mk1)
                    .addSalt(new byte[32])
                    .thenExpand(utf8("chat-room-message-v1"), 44));
    byte[] header = Lp.of("chat-room-message-v1", "r-1", "u-alice", "desk", SESSION, 1);
    assertThat(HEX.formatHex(header))
        .isEqualTo(
            "00000014"
                + HEX.formatHex(utf8("chat-room-message-v1"))
                + "00000003"
                + HEX.formatHex(utf8("r-1"))
                + "00000007"
                + HEX.formatHex(utf8("u-alice"))
                + "00000004"
                + HEX.formatHex(utf8("desk"))
                + "00000010"
                + HEX.formatHex(SESSION)
                + "00000004"
                + "00000001");

    Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
    gcm.init(
        Cipher.DECRYPT_MODE,
        new SecretKeySpec(Arrays.copyOf(okm, 32), "AES"),
        new GCMParameterSpec(128, Arrays.copyOfRange(okm, 32, 44)));
    gcm.updateAAD(header);
    assertThat(gcm.doFinal(HEX.parseHex(CIPHERTEXTS[1]))).isEqualTo(utf8(PLAINTEXTS[1]));

    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(Ed25519.publicKey(ED_2.publicKey()));
    verifier.update(Lp.of(header, HEX.parseHex(CIPHERTEXTS[1])));
    assertThat(verifier.verify(HEX.parseHex(SIGNATURES[1]))).isTrue();
  }

  static OutboundRoomSession fixedSession() {
    return new OutboundRoomSession(
        "r-1", ALICE, ED_2, new SessionId(SESSION), CK_0, Instant.parse("2026-12-01T00:00:00Z"));
  }

  private static byte[] hmac(byte[] key, byte step) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(new byte[] {step});
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
