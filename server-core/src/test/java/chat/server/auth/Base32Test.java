package chat.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Base32 against RFC 4648's test vectors (section 10), without padding. */
class Base32Test {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "f, MY",
    "fo, MZXQ",
    "foo, MZXW6",
    "foob, MZXW6YQ",
    "fooba, MZXW6YTB",
    "foobar, MZXW6YTBOI"
  })
  void encodesAndDecodesTheVectorsOfRfc4648(String text, String base32) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

    assertThat(Base32.encode(bytes)).isEqualTo(base32);
    assertThat(Base32.decode(base32)).isEqualTo(bytes);
  }

  @Test
  void decodingIgnoresCaseSpacesAndPadding() {
    assertThat(Base32.decode("mzxw 6ytb oi======"))
        .isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aCharacterOutsideTheAlphabetIsRefused() {
    assertThatThrownBy(() -> Base32.decode("MZ1W")).isInstanceOf(IllegalArgumentException.class);
  }
}
