package chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmojiCheckTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "👍", // emoji presentation
        "❤️", // text style made emoji by VS16
        "👍🏽", // skin-tone modifier
        "🧑🏿‍🚀", // modifier inside a ZWJ sequence
        "👨‍👩‍👧", // ZWJ family
        "🏳️‍🌈", // VS16 inside a ZWJ sequence
        "🏃‍♀️",
        "👩‍❤️‍💋‍👨",
        "1️⃣", // keycap
        "#⃣", // keycap without VS16
        "🇫🇷", // flag: two regional indicators
        "🏴󠁧󠁢󠁳󠁣󠁴󠁿", // tag sequence: Scotland
        "🫠" // newer than most fonts
      })
  void oneEmojiOfAnyShapeIsOneEmoji(String emoji) {
    assertThat(EmojiCheck.isSingleEmoji(emoji)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a",
        "1",
        "#",
        ":)",
        "©",
        "‼",
        "❤", // text style without VS16
        "👍👍",
        "👍 ",
        " 👍",
        "a👍",
        "🇫",
        "🇫🇷🇫🇷",
        "\u200D",
        "👍\u200D",
        "\u200D👍",
        "\uFE0F",
        "🏻👍",
        "x\u20E3",
        "a\uFE0F",
        "\uD83D"
      })
  void anythingElseIsNot(String text) {
    assertThat(EmojiCheck.isSingleEmoji(text)).isFalse();
  }
}
