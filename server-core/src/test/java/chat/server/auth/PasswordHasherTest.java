package chat.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.ErrorCode;
import chat.server.error.ChatException;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(4);

  @Test
  void theDefaultCostTwelveIsWrittenIntoTheHash() {
    String hash = new PasswordHasher(12).hash("correct horse battery");

    assertThat(hash).startsWith("$2a$12$");
  }

  @Test
  void aHashMatchesItsPasswordOnly() {
    String hash = hasher.hash("correct horse battery");

    assertThat(hasher.matches("correct horse battery", hash)).isTrue();
    assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
  }

  @Test
  void passwordsOver72BytesAreRejectedBecauseBcryptWouldTruncateThem() {
    String seventyTwo = "a".repeat(72);
    String hash = hasher.hash(seventyTwo);

    assertThatThrownBy(() -> hasher.hash("a".repeat(73)))
        .isInstanceOfSatisfying(
            ChatException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
              assertThat(e.field()).isEqualTo("password");
            });
    assertThat(hasher.matches(seventyTwo + "b", hash))
        .as("bcrypt alone would say yes to this")
        .isFalse();
  }

  @Test
  void lengthIsCountedInCharactersNotBytes() {
    assertThatThrownBy(() -> hasher.hash("ééééééé")).isInstanceOf(ChatException.class);
    assertThat(hasher.hash("éééééééé")).startsWith("$2a$04$");
  }
}
