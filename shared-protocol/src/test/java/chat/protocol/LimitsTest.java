package chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LimitsTest {

  @Test
  void lengthCountsCodePointsWithoutSurroundingWhitespace() {
    assertThat(Limits.codePointLengthTrimmed("  😀a\t\n")).isEqualTo(2);
    assertThat(Limits.codePointLengthTrimmed(" \u3000 ")).isZero();
  }

  @Test
  void usernamePatternTakesLettersDigitsAndThreeMarks() {
    assertThat(Limits.USERNAME_PATTERN.matcher("Bob_the.builder-2").matches()).isTrue();
    assertThat(Limits.USERNAME_PATTERN.matcher("ab").matches()).isFalse();
    assertThat(Limits.USERNAME_PATTERN.matcher("a".repeat(33)).matches()).isFalse();
    assertThat(Limits.USERNAME_PATTERN.matcher("bob smith").matches()).isFalse();
    assertThat(Limits.USERNAME_PATTERN.matcher("zoë").matches()).isFalse();
  }
}
