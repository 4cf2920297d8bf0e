package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.search.SearchTerm;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

  private static String highlight(String content, String query) {
    return Highlighter.highlight(content, SearchQueryParser.parse(query).terms());
  }

  @Test
  void eachMatchedWordIsWrappedAsWrittenInTheMessage() {
    assertThat(highlight("Lunch at the Café today?", "cafe lunch"))
        .isEqualTo("[[Lunch]] at the [[Café]] today?");
  }

  @Test
  void aPhraseMarksItsWordsOnlyWhereTheyStandInOrder() {
    assertThat(highlight("lunch team, then team lunch", "\"team lunch\""))
        .isEqualTo("lunch team, then [[team]] [[lunch]]");
  }

  @Test
  void aPrefixMarksTheWholeWord() {
    assertThat(highlight("Deployment deployed", "deploy*"))
        .isEqualTo("[[Deployment]] [[deployed]]");
  }

  @Test
  void adjacentCharactersOfAScriptWithoutSpacesShareOneMark() {
    assertThat(highlight("明日東京タワーに行きます", "東京")).isEqualTo("明日[[東京]]タワーに行きます");
  }

  @Test
  void aLongMessageIsCutAroundTheFirstMatchWithinTheLimit() {
    String content = "word ".repeat(100) + "needle " + "tail ".repeat(100);

    String highlight = highlight(content, "needle");

    assertThat(highlight.codePointCount(0, highlight.length()))
        .isLessThanOrEqualTo(Highlighter.MAX_CHARS);
    assertThat(highlight).startsWith("…word").contains("[[needle]]").endsWith(" tail…");
    assertThat(highlight.indexOf("[[needle]]")).isBetween(30, 50);
  }

  @Test
  void aCutNeverSplitsAWordButMaySplitARunOfCharacterWords() {
    String latin = "needle " + "abcdefghij ".repeat(30);
    String japanese = "東京" + "タワーに行きました".repeat(30);

    assertThat(highlight(latin, "needle")).endsWith("abcdefghij…");
    assertThat(highlight(japanese, "東京"))
        .hasSize(Highlighter.MAX_CHARS)
        .startsWith("[[東京]]タワー")
        .endsWith("…");
  }

  @Test
  void whitespaceRunsShowAsOneSpace() {
    assertThat(highlight("  first line\n\n\tsecond   line  ", "second"))
        .isEqualTo("first line [[second]] line");
  }

  @Test
  void withoutTermsTheSnippetIsTheStartOfTheMessage() {
    String content = "x".repeat(300);

    String highlight = Highlighter.highlight(content, List.of());

    assertThat(highlight).isEqualTo("x".repeat(Highlighter.MAX_CHARS - 1) + "…");
  }

  @Test
  void theLimitCountsCodePointsAndMarkers() {
    String emoji = "😀 ".repeat(200) + "end";
    String highlight = Highlighter.highlight(emoji, List.of(new SearchTerm(List.of("end"), false)));

    assertThat(highlight.codePointCount(0, highlight.length()))
        .isLessThanOrEqualTo(Highlighter.MAX_CHARS);
    assertThat(highlight).endsWith("[[end]]");
  }

  @Test
  void aMatchLongerThanTheLimitIsShortenedRatherThanLost() {
    String giant = "a".repeat(500);

    String highlight = highlight(giant, "a*");

    assertThat(highlight).startsWith("[[aaa").endsWith("]]…");
    assertThat(highlight.codePointCount(0, highlight.length())).isEqualTo(Highlighter.MAX_CHARS);
  }

  @Test
  void theHighlightIsOfThePlainTextWithoutMarkdown() {
    assertThat(highlight("**Deploy** the `release` ~~today~~ *now*", "deploy"))
        .isEqualTo("[[Deploy]] the release today now");
    assertThat(highlight("> quoted **bold** word\n\n- item", "bold"))
        .isEqualTo("quoted [[bold]] word item")
        .doesNotContain("**");
  }
}
