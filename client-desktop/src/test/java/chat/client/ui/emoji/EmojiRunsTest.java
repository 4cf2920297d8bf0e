package chat.client.ui.emoji;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.ui.emoji.EmojiRuns.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmojiRunsTest {

  private static final String THUMBS_UP = "\uD83D\uDC4D";
  private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
  private static final String FLAG_FR = "\uD83C\uDDEB\uD83C\uDDF7";
  private static final String WAVE_DARK = "\uD83D\uDC4B\uD83C\uDFFF";
  private static final String KEYCAP_ONE = "1\uFE0F\u20E3";
  private static final String RED_HEART = "\u2764\uFE0F";
  private static final String RAINBOW_FLAG = "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08";

  @Test
  void plainTextIsOneRun() {
    assertThat(EmojiRuns.split("Hello, 1 ♥ (c) world"))
        .containsExactly(run("Hello, 1 ♥ (c) world"));
  }

  @Test
  void anEmojiBetweenWordsIsItsOwnRun() {
    assertThat(EmojiRuns.split("ok " + THUMBS_UP + " thanks"))
        .containsExactly(run("ok "), emoji(THUMBS_UP), run(" thanks"));
  }

  @Test
  void aZwjFamilyIsOneEmoji() {
    assertThat(EmojiRuns.split(FAMILY + FAMILY)).containsExactly(emoji(FAMILY), emoji(FAMILY));
  }

  @Test
  void twoRegionalIndicatorsAreOneFlag() {
    assertThat(EmojiRuns.split("Paris " + FLAG_FR + FLAG_FR))
        .containsExactly(run("Paris "), emoji(FLAG_FR), emoji(FLAG_FR));
  }

  @Test
  void aSkinToneStaysWithItsEmoji() {
    assertThat(EmojiRuns.split(WAVE_DARK + "hi")).containsExactly(emoji(WAVE_DARK), run("hi"));
  }

  @Test
  void aKeycapIsOneEmojiButAPlainDigitIsText() {
    assertThat(EmojiRuns.split("1" + KEYCAP_ONE + "2"))
        .containsExactly(run("1"), emoji(KEYCAP_ONE), run("2"));
  }

  @Test
  void vs16MakesATextCharacterAnEmojiAndVs15KeepsItText() {
    assertThat(EmojiRuns.split("\u2764 " + RED_HEART + " \uD83D\uDE00\uFE0E"))
        .containsExactly(run("\u2764 "), emoji(RED_HEART), run(" \uD83D\uDE00\uFE0E"));
  }

  @Test
  void aZwjSequenceWithVs16IsOneEmoji() {
    assertThat(EmojiRuns.split(RAINBOW_FLAG)).containsExactly(emoji(RAINBOW_FLAG));
  }

  @Test
  void theRunsKeepEveryCodePointAndAddNoPrivateUseCharacter() {
    String text =
        "a"
            + THUMBS_UP
            + FAMILY
            + " "
            + FLAG_FR
            + WAVE_DARK
            + KEYCAP_ONE
            + RED_HEART
            + RAINBOW_FLAG;
    List<Run> runs = EmojiRuns.split(text);
    String joined = String.join("", runs.stream().map(Run::text).toList());
    assertThat(joined).isEqualTo(text);
    assertThat(joined.chars()).noneMatch(c -> c >= 0xE000 && c <= 0xF8FF);
  }

  private static Run run(String text) {
    return new Run(text, false);
  }

  private static Run emoji(String text) {
    return new Run(text, true);
  }
}
