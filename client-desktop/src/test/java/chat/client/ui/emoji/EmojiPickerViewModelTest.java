package chat.client.ui.emoji;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.ui.emoji.EmojiCatalog.Category;
import chat.client.ui.emoji.EmojiCatalog.Emoji;
import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;

class EmojiPickerViewModelTest {

  private final EmojiPickerViewModel picker =
      new EmojiPickerViewModel(EmojiCatalog.categories(), FXCollections.observableArrayList());

  @Test
  void thePickerOpensOnTheFirstCategory() {
    Category first = picker.categories().getFirst();
    assertThat(first.name()).isEqualTo("Smileys");
    assertThat(picker.shown()).containsExactlyElementsOf(first.emoji());
  }

  @Test
  void choosingACategoryShowsItsEmoji() {
    Category flags = category("Flags");
    picker.categoryProperty().set(flags);
    assertThat(picker.shown()).containsExactlyElementsOf(flags.emoji());
  }

  @Test
  void searchFindsEmojiInEveryCategoryByAllTheirWords() {
    picker.queryProperty().set("Thumbs  UP");
    assertThat(picker.shown()).extracting(Emoji::text).contains("\uD83D\uDC4D");
    assertThat(picker.shown()).allMatch(e -> e.name().contains("thumbs up"));
    picker.queryProperty().set("family girl");
    assertThat(picker.shown())
        .extracting(Emoji::text)
        .contains("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67");
    picker.queryProperty().set("flag fr");
    assertThat(picker.shown()).extracting(Emoji::text).containsExactly("\uD83C\uDDEB\uD83C\uDDF7");
  }

  @Test
  void aSearchWithNoMatchShowsNothingAndClearingItShowsTheCategoryAgain() {
    picker.queryProperty().set("no such emoji");
    assertThat(picker.shown()).isEmpty();
    picker.queryProperty().set(" ");
    assertThat(picker.shown()).containsExactlyElementsOf(picker.categories().getFirst().emoji());
  }

  @Test
  void everyEmojiOnOfferIsOneEmojiOfCodePointsWithANameAndNoPrivateUseCharacter() {
    List<Emoji> all = picker.categories().stream().flatMap(c -> c.emoji().stream()).toList();
    assertThat(all).hasSizeGreaterThan(400);
    assertThat(all)
        .allSatisfy(
            emoji -> {
              assertThat(EmojiRuns.split(emoji.text()))
                  .as(emoji.text())
                  .containsExactly(new EmojiRuns.Run(emoji.text(), true));
              assertThat(emoji.text().chars()).noneMatch(c -> c >= 0xE000 && c <= 0xF8FF);
              assertThat(emoji.name()).isNotBlank();
            });
  }

  private Category category(String name) {
    return picker.categories().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aPickedEmojiGoesFirstAmongTheRecentOnesWhichKeepSixteen() {
    List<String> all =
        picker.categories().getFirst().emoji().stream().map(Emoji::text).limit(20).toList();
    all.forEach(picker::picked);
    picker.picked(all.get(10));

    assertThat(picker.recent()).hasSize(EmojiPickerViewModel.RECENT);
    assertThat(picker.recent().getFirst()).isEqualTo(all.get(10));
    assertThat(picker.recent().get(1)).isEqualTo(all.getLast());
    assertThat(picker.recent()).doesNotHaveDuplicates().doesNotContain(all.getFirst());
  }
}
