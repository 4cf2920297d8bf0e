package chat.client.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** X25519 with raw keys against RFC 7748's vectors, which pin the little-endian conversion. */
class X25519Test {

  private static final HexFormat HEX = HexFormat.of();

  private static final String ALICE_PRIVATE =
      "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
  private static final String ALICE_PUBLIC =
      "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a";
  private static final String BOB_PRIVATE =
      "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb";
  private static final String BOB_PUBLIC =
      "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
  private static final String SHARED =
      "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";

  @Test
  void firstVectorOfRfc7748Section52() {
    byte[] out =
        X25519.agree(
            HEX.parseHex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"),
            HEX.parseHex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c"));
    assertThat(HEX.formatHex(out))
        .isEqualTo("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552");
  }

  /** Its u-coordinate has the top bit set, which X25519 must ignore (RFC 7748 §5). */
  @Test
  void secondVectorOfRfc7748Section52IgnoresTheTopBitOfU() {
    byte[] out =
        X25519.agree(
            HEX.parseHex("4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d"),
            HEX.parseHex("e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493"));
    assertThat(HEX.formatHex(out))
        .isEqualTo("95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957");
  }

  @Test
  void aliceAndBobOfRfc7748Section61ShareTheirSecret() {
    assertThat(HEX.formatHex(X25519.agree(HEX.parseHex(ALICE_PRIVATE), HEX.parseHex(BOB_PUBLIC))))
        .isEqualTo(SHARED);
    assertThat(HEX.formatHex(X25519.agree(HEX.parseHex(BOB_PRIVATE), HEX.parseHex(ALICE_PUBLIC))))
        .isEqualTo(SHARED);
  }

  @Test
  void publicKeysOfRfc7748Section61ComeFromTheirPrivateKeys() {
    assertThat(HEX.formatHex(X25519.publicKeyOf(HEX.parseHex(ALICE_PRIVATE))))
        .isEqualTo(ALICE_PUBLIC);
    assertThat(HEX.formatHex(X25519.publicKeyOf(HEX.parseHex(BOB_PRIVATE)))).isEqualTo(BOB_PUBLIC);
  }

  /** The JDK's generated key, turned into raw bytes, is the key its own private half implies. */
  @Test
  void generatedKeyPairsConvertToRawBytesThatAgree() {
    AgreementKeyPair a = AgreementKeyPair.generate();
    AgreementKeyPair b = AgreementKeyPair.generate();
    assertThat(X25519.publicKeyOf(a.privateKey())).isEqualTo(a.publicKey());
    assertThat(X25519.agree(a.privateKey(), b.publicKey()))
        .isEqualTo(X25519.agree(b.privateKey(), a.publicKey()));
  }

  @Test
  void aPointOfSmallOrderIsRefused() {
    assertThatThrownBy(() -> X25519.agree(HEX.parseHex(ALICE_PRIVATE), new byte[32]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
