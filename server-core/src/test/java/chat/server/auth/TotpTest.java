package chat.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238's test vectors (appendix B) and the window of accepted steps. */
class TotpTest {

  /** The seeds of appendix B: the ASCII of "12345678901234567890" repeated to the hash's size. */
  private static byte[] seed(String algorithm) {
    String ascii =
        switch (algorithm) {
          case "HmacSHA1" -> "12345678901234567890";
          case "HmacSHA256" -> "12345678901234567890123456789012";
          case "HmacSHA512" -> "1234567890123456789012345678901234567890123456789012345678901234";
          default -> throw new IllegalArgumentException(algorithm);
        };
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }

  @ParameterizedTest(name = "{1} at {0} s is {2}")
  @CsvSource({
    "59, HmacSHA1, 94287082",
    "59, HmacSHA256, 46119246",
    "59, HmacSHA512, 90693936",
    "1111111109, HmacSHA1, 07081804",
    "1111111109, HmacSHA256, 68084774",
    "1111111109, HmacSHA512, 25091201",
    "1111111111, HmacSHA1, 14050471",
    "1111111111, HmacSHA256, 67062674",
    "1111111111, HmacSHA512, 99943326",
    "1234567890, HmacSHA1, 89005924",
    "1234567890, HmacSHA256, 91819424",
    "1234567890, HmacSHA512, 93441116",
    "2000000000, HmacSHA1, 69279037",
    "2000000000, HmacSHA256, 90698825",
    "2000000000, HmacSHA512, 38618901",
    "20000000000, HmacSHA1, 65353130",
    "20000000000, HmacSHA256, 77737706",
    "20000000000, HmacSHA512, 47863826"
  })
  void codesMatchTheTestVectorsOfRfc6238(long seconds, String algorithm, String expected) {
    Totp totp = new Totp(algorithm, 8, 30);

    assertThat(totp.code(seed(algorithm), totp.step(seconds * 1_000))).isEqualTo(expected);
  }

  @Test
  void standardCodesAreTheLastSixDigitsOfTheEightDigitOnes() {
    // RFC 4226's truncation: the 6-digit code is the 8-digit one modulo 10^6.
    assertThat(Totp.STANDARD.code(seed("HmacSHA1"), Totp.STANDARD.step(59_000)))
        .isEqualTo("287082");
  }

  @Test
  void aCodeIsAcceptedOneStepEitherSideAndNoFurther() {
    byte[] key = seed("HmacSHA1");
    long now = 1_111_111_111_000L;
    long step = Totp.STANDARD.step(now);

    for (long offset = -1; offset <= 1; offset++) {
      String code = Totp.STANDARD.code(key, step + offset);
      assertThat(Totp.STANDARD.matchingStep(key, code, now)).hasValue(step + offset);
    }
    assertThat(Totp.STANDARD.matchingStep(key, Totp.STANDARD.code(key, step - 2), now)).isEmpty();
    assertThat(Totp.STANDARD.matchingStep(key, Totp.STANDARD.code(key, step + 2), now)).isEmpty();
  }
}
