package chat.client.crypto;

import static chat.client.crypto.FixedKeys.ED_2;
import static chat.client.crypto.FixedKeys.ED_3;
import static chat.client.crypto.FixedKeys.X_ALICE;
import static chat.client.crypto.FixedKeys.X_BOB;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final DeviceAddress ALICE = new DeviceAddress("u-alice", "desk");
  private static final DeviceAddress BOB = new DeviceAddress("u-bob", "laptop");
  private static final DeviceAddress EVE = new DeviceAddress("u-eve", "phone");
  private static final byte[] PAYLOAD = "{\"type\":\"room_key\"}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] EPHEMERAL_IKM = FixedKeys.filled(32, 0x11);

  /** Sender Alice's device (DSK = RFC 8032 TEST 2) to Bob's (DAK = RFC 7748 Bob). */
  private static final String ENC =
      "1a239249ea74403babc01f32df9931a16f71ac8972c461d69fed15640e310639";

  private static final String CIPHERTEXT =
      "2202f0c3ed8050a69a23760d76912ca0c2d7ff2b0f427339ec734d8592b7c971"
          + "c5353a392ebe320d9653dd33559476278d4b032de652000fe19a796d66b42c91"
          + "affb165a90a9fe639d724094498d74d9a4bae9d64b26d6c0513f497b4ce4b941"
          + "c72f2684ed1229cc5bda4c";

  @Test
  void sealingWithAFixedEphemeralGivesTheFixedEnvelope() {
    SealedEnvelope sealed =
        Envelope.seal(ALICE, ED_2, BOB, X_BOB.publicKey(), PAYLOAD, EPHEMERAL_IKM);

    assertThat(HEX.formatHex(sealed.enc())).isEqualTo(ENC);
    assertThat(HEX.formatHex(sealed.ciphertext())).isEqualTo(CIPHERTEXT);
  }

  @Test
  void theFixedEnvelopeOpensToItsPayload() {
    assertThat(Envelope.open(BOB, X_BOB, ALICE, ED_2.publicKey(), fixed()))
        .isInstanceOfSatisfying(
            EnvelopeOpening.Opened.class,
            opened -> assertThat(opened.payload()).isEqualTo(PAYLOAD));
  }

  /** The fixed envelope taken apart step by step as docs/E2EE.md describes it. */
  @Test
  void theFixedEnvelopeIsTheDocumentedHpkeAndSignature() {
    byte[] plaintext =
        Hpke.open(
                X_BOB,
                HEX.parseHex(ENC),
                Lp.of("chat-envelope-v1", "u-bob", "laptop"),
                Lp.of("u-alice", "desk"),
                HEX.parseHex(CIPHERTEXT))
            .orElseThrow();
    List<byte[]> fields = Lp.split(plaintext, 2).orElseThrow();
    byte[] signed =
        Lp.of(
            "chat-envelope-sig-v1",
            "u-alice",
            "desk",
            "u-bob",
            "laptop",
            HEX.parseHex(ENC),
            PAYLOAD);

    assertThat(fields.get(0)).isEqualTo(PAYLOAD);
    assertThat(fields.get(1)).isEqualTo(Ed25519.sign(ED_2.seed(), signed));
  }

  @Test
  void anEnvelopeSignedByAnotherDeviceThanTheNamedSenderIsRefused() {
    SealedEnvelope byEve = Envelope.seal(ALICE, ED_3, BOB, X_BOB.publicKey(), PAYLOAD);

    assertThat(Envelope.open(BOB, X_BOB, ALICE, ED_2.publicKey(), byEve))
        .isInstanceOf(EnvelopeOpening.BadSignature.class);
  }

  /** Bob's key, but sealed for another recipient's info: Eve's envelope re-addressed to Bob. */
  @Test
  void anEnvelopeSealedForAnotherRecipientIsRefused() {
    SealedEnvelope forEve = Envelope.seal(ALICE, ED_2, EVE, X_BOB.publicKey(), PAYLOAD);

    assertThat(Envelope.open(BOB, X_BOB, ALICE, ED_2.publicKey(), forEve))
        .isInstanceOf(EnvelopeOpening.Unreadable.class);
    assertThat(Envelope.open(BOB, X_ALICE, ALICE, ED_2.publicKey(), fixed()))
        .isInstanceOf(EnvelopeOpening.Unreadable.class);
  }

  @Test
  void aTamperedEnvelopeOrOneFromAnotherSenderAddressIsRefused() {
    byte[] ciphertext = HEX.parseHex(CIPHERTEXT);
    ciphertext[5] ^= 1;

    assertThat(
            Envelope.open(
                BOB,
                X_BOB,
                ALICE,
                ED_2.publicKey(),
                new SealedEnvelope(HEX.parseHex(ENC), ciphertext)))
        .isInstanceOf(EnvelopeOpening.Unreadable.class);
    assertThat(Envelope.open(BOB, X_BOB, EVE, ED_2.publicKey(), fixed()))
        .isInstanceOf(EnvelopeOpening.Unreadable.class);
  }

  private static SealedEnvelope fixed() {
    return new SealedEnvelope(HEX.parseHex(ENC), HEX.parseHex(CIPHERTEXT));
  }
}
