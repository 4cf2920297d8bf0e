package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlobKeyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"", "..", "../etc", "a/b", "a\\b", ".hidden", "-x", "ABC", "a b", "a.b", "é"})
  void aKeyThatCouldNameAnotherPathOrIsNotPlainIsRefused(String value) {
    assertThatThrownBy(() -> new BlobKey(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "9f86d081884c7d659a2feaa0c55ad015", "9f86d0-1280"})
  void hexAndDashesMakeAKey(String value) {
    assertThat(new BlobKey(value).value()).isEqualTo(value);
  }

  @Test
  void aKeyIsAtMostOneHundredAndTwentyEightCharacters() {
    assertThat(new BlobKey("a".repeat(128)).value()).hasSize(128);
    assertThatThrownBy(() -> new BlobKey("a".repeat(129)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
