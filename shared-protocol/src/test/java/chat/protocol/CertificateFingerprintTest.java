package chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CertificateFingerprintTest {

  /** SHA-256 of "abc", the FIPS 180-2 example. */
  private static final String ABC =
      "BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:"
          + "B0:03:61:A3:96:17:7A:9C:B4:10:FF:61:F2:00:15:AD";

  @Test
  void isTheSha256OfTheBytesInUppercaseHexPairs() {
    assertThat(CertificateFingerprint.of("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(ABC)
        .hasSize(95);
  }

  @Test
  void onTwoLinesItBreaksAfterTheSixteenthByte() {
    assertThat(CertificateFingerprint.inTwoLines(ABC).lines())
        .containsExactly(
            "BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:",
            "B0:03:61:A3:96:17:7A:9C:B4:10:FF:61:F2:00:15:AD");
  }

  @Test
  void aFingerprintCopiedAnotherWayIsReadBack() {
    assertThat(CertificateFingerprint.normalize(ABC.toLowerCase().replace(":", " "))).contains(ABC);
    assertThat(CertificateFingerprint.normalize(ABC.replace(":", ""))).contains(ABC);
  }

  @Test
  void somethingElseIsNoFingerprint() {
    assertThat(CertificateFingerprint.normalize(null)).isEmpty();
    assertThat(CertificateFingerprint.normalize("BA:78")).isEmpty();
    assertThat(CertificateFingerprint.normalize(ABC.replace("BA", "ZZ"))).isEmpty();
  }
}
