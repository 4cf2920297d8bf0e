package chat.client.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * HMAC-SHA256 against RFC 4231 test case 2 and AES-256-GCM against test case 14 of the GCM
 * specification (McGrew and Viega); AES-128-GCM is pinned by the HPKE vector of {@link HpkeTest}.
 */
class MacAndAeadTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void hmacSha256MatchesRfc4231TestCase2() {
    byte[] mac =
        Hmac.sha256(
            "Jefe".getBytes(StandardCharsets.US_ASCII),
            "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
    assertThat(HEX.formatHex(mac))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void aes256GcmMatchesTestCase14OfTheGcmSpecification() {
    byte[] sealed = AesGcm.seal(new byte[32], new byte[12], new byte[0], new byte[16]);
    assertThat(HEX.formatHex(sealed))
        .isEqualTo("cea7403d4d606b6e074ec5d3baf39d18" + "d0d1c8a799996bf0265b98b5d48ab919");
    assertThat(AesGcm.open(new byte[32], new byte[12], new byte[0], sealed)).contains(new byte[16]);
  }

  @Test
  void aesGcmOpensNothingWhenTheBytesTheAadOrTheKeyDiffer() {
    byte[] key = Bytes.random(32);
    byte[] nonce = Bytes.random(12);
    byte[] sealed = AesGcm.seal(key, nonce, new byte[] {1}, new byte[] {42});

    assertThat(AesGcm.open(key, nonce, new byte[] {1}, sealed)).contains(new byte[] {42});
    assertThat(AesGcm.open(key, nonce, new byte[] {2}, sealed)).isEmpty();
    assertThat(AesGcm.open(Bytes.random(32), nonce, new byte[] {1}, sealed)).isEmpty();
    sealed[0] ^= 1;
    assertThat(AesGcm.open(key, nonce, new byte[] {1}, sealed)).isEmpty();
    assertThat(AesGcm.open(key, nonce, new byte[] {1}, new byte[5])).isEmpty();
  }
}
