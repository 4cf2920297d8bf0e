package chat.protocol.search;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.search.SearchText.Word;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void wordsAreRunsOfLettersAndDigitsWithTheirPlaceInTheText() {
    assertThat(SearchText.words("Hi, e-mail me at 10:30!"))
        .containsExactly(
            new Word("hi", 0, 2),
            new Word("e", 4, 5),
            new Word("mail", 6, 10),
            new Word("me", 11, 13),
            new Word("at", 14, 16),
            new Word("10", 17, 19),
            new Word("30", 20, 22));
  }

  @Test
  void caseAndAccentsAreFoldedAway() {
    assertThat(SearchText.foldedWords("Crème BRÛLÉE Ångström ÇA İstanbul"))
        .containsExactly("creme", "brulee", "angstrom", "ca", "istanbul");
    assertThat(SearchText.foldedWords("Straße STRASSE")).containsExactly("strasse", "strasse");
    assertThat(SearchText.foldedWords("Ωμέγα ΩΜΕΓΑ Привет ПРИВЁТ"))
        .containsExactly("ωμεγα", "ωμεγα", "привет", "привет");
  }

  @Test
  void compatibilityFormsMeetTheirPlainForms() {
    assertThat(SearchText.foldedWords("ＦＵＬＬ ﬁne")).containsExactly("full", "fine");
  }

  @Test
  void everyCharacterOfAScriptWithoutSpacesIsAWordOfItsOwn() {
    assertThat(SearchText.foldedWords("東京タワーに行きました"))
        .containsExactly("東", "京", "タ", "ワ", "ー", "に", "行", "き", "ま", "し", "た");
    assertThat(SearchText.foldedWords("서울에서")).containsExactly("서", "울", "에", "서");
    assertThat(SearchText.words("ok東京")).extracting(Word::start).containsExactly(0, 2, 3);
  }

  @Test
  void marksThatAreVowelsStayInTheirWord() {
    assertThat(SearchText.foldedWords("हिन्दी भाषा")).containsExactly("हिन्दी", "भाषा");
    assertThat(SearchText.foldedWords("ภาษาไทย")).hasSize(7);
  }

  @Test
  void theIndexFormIsTheFoldedWordsJoinedBySpaces() {
    assertThat(SearchText.indexForm("  Héllo,\nWORLD — 東京 ")).isEqualTo("hello world 東 京");
    assertThat(SearchText.indexForm("?! …")).isEmpty();
  }
}
