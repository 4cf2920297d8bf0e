package chat.client.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.ui.search.Snippet.Part;
import org.junit.jupiter.api.Test;

class SnippetTest {

  @Test
  void matchedWordsArePartsOfTheirOwn() {
    assertThat(Snippet.parse("Shall we have [[LUNCH]] at [[noon]]?").parts())
        .containsExactly(
            new Part("Shall we have ", false),
            new Part("LUNCH", true),
            new Part(" at ", false),
            new Part("noon", true),
            new Part("?", false));
  }

  @Test
  void markupInAMessageStaysText() {
    Snippet snippet = Snippet.parse("<b>[[bold]]</b> & <script>x</script>");

    assertThat(snippet.parts())
        .containsExactly(
            new Part("<b>", false),
            new Part("bold", true),
            new Part("</b> & <script>x</script>", false));
  }

  @Test
  void markersWithoutTheirPairAreText() {
    assertThat(Snippet.parse("a ]] b [[c]] d [[ e").parts())
        .containsExactly(
            new Part("a ]] b ", false), new Part("c", true), new Part(" d [[ e", false));
    assertThat(Snippet.parse("empty [[]] pair").parts())
        .containsExactly(new Part("empty [[]] pair", false));
  }

  @Test
  void theTextIsTheSnippetWithoutMarkers() {
    assertThat(Snippet.parse("…we have [[lunch]] at noon").text())
        .isEqualTo("…we have lunch at noon");
  }
}
