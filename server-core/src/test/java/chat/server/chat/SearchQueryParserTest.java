package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.ErrorCode;
import chat.protocol.search.SearchTerm;
import chat.server.error.ChatException;
import chat.server.store.FileKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryParserTest {

  private static SearchTerm word(String word) {
    return new SearchTerm(List.of(word), false);
  }

  @Test
  void wordsAreFoldedTermsThatMustAllMatch() {
    SearchQuery query = SearchQueryParser.parse("  Lunch   CAFÉ ");

    assertThat(query.terms()).containsExactly(word("lunch"), word("cafe"));
    assertThat(query.fromUsernames()).isEmpty();
    assertThat(query.inRoomNames()).isEmpty();
    assertThat(query.sentFrom()).isEqualTo(Long.MIN_VALUE);
    assertThat(query.sentBefore()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aQuotedPhraseIsOneTermOfWordsInOrder() {
    assertThat(SearchQueryParser.parse("\"Team  Lunch\" today").terms())
        .containsExactly(new SearchTerm(List.of("team", "lunch"), false), word("today"));
  }

  @Test
  void aQuoteLeftOpenRunsToTheEnd() {
    assertThat(SearchQueryParser.parse("say \"hello there").terms())
        .containsExactly(word("say"), new SearchTerm(List.of("hello", "there"), false));
  }

  @Test
  void aTrailingStarMakesThePrefixOfAWordOrPhrase() {
    assertThat(SearchQueryParser.parse("lun* \"team lun\"* *").terms())
        .containsExactly(
            new SearchTerm(List.of("lun"), true), new SearchTerm(List.of("team", "lun"), true));
  }

  @Test
  void aWordThatSplitsIsAPhraseAndCjkIsOneCharacterPerWord() {
    assertThat(SearchQueryParser.parse("e-mail 東京").terms())
        .containsExactly(
            new SearchTerm(List.of("e", "mail"), false), new SearchTerm(List.of("東", "京"), false));
  }

  @Test
  void fromAndInCollectNamesAndRepeatingWidens() {
    SearchQuery query =
        SearchQueryParser.parse("FROM:alice from:@Bob In:General in:\"Team Lunch\" pizza");

    assertThat(query.fromUsernames()).containsExactlyInAnyOrder("alice", "Bob");
    assertThat(query.inRoomNames()).containsExactlyInAnyOrder("general", "team lunch");
    assertThat(query.terms()).containsExactly(word("pizza"));
    assertThat(query.admitsRoomNamed("TEAM LUNCH")).isTrue();
    assertThat(query.admitsRoomNamed("random")).isFalse();
  }

  @Test
  void beforeAndAfterAreUtcDaysExclusiveAndRepeatingNarrows() {
    SearchQuery query =
        SearchQueryParser.parse(
            "after:2024-01-01 after:2024-02-29 before:2024-03-10 before:2024-06-01");

    assertThat(query.sentFrom()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z").toEpochMilli());
    assertThat(query.sentBefore()).isEqualTo(Instant.parse("2024-03-10T00:00:00Z").toEpochMilli());
    assertThat(query.terms()).isEmpty();
    assertThat(query.admitsSomeTime()).isTrue();
    assertThat(SearchQueryParser.parse("after:2024-03-01 before:2024-03-02").admitsSomeTime())
        .isFalse();
  }

  @Test
  void anUnknownOperatorIsPlainText() {
    assertThat(SearchQueryParser.parse("https://example.com").terms())
        .containsExactly(new SearchTerm(List.of("https", "example", "com"), false));
  }

  @Test
  void operatorsAloneAreAQuery() {
    assertThat(SearchQueryParser.parse("from:alice").terms()).isEmpty();
  }

  @Test
  void hasNamesKindsOfFileCaseIgnoredAndRepeatingNarrows() {
    SearchQuery query = SearchQueryParser.parse("report HAS:File has:IMAGE from:ann");

    assertThat(query.has()).containsExactlyInAnyOrder(FileKind.FILE, FileKind.IMAGE);
    assertThat(query.terms()).containsExactly(word("report"));
    assertThat(query.fromUsernames()).containsExactly("ann");
    assertThat(SearchQueryParser.parse("report").has()).isEmpty();
  }

  @Test
  void hasAloneIsAQuery() {
    SearchQuery query = SearchQueryParser.parse("has:image");

    assertThat(query.has()).containsExactly(FileKind.IMAGE);
    assertThat(query.terms()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"has:video", "report has:files", "has:\"image file\"", "has:link"})
  void hasWithAnyOtherValueIsInvalidAndSaysWhatItTakes(String query) {
    assertThatThrownBy(() -> SearchQueryParser.parse(query))
        .isInstanceOfSatisfying(
            ChatException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
              assertThat(e.field()).isEqualTo("query");
              assertThat(e.getMessage()).contains("has: takes file or image, not '");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*",
        "has:",
        "!!! ...",
        "\"\"",
        "from:",
        "in:\"\"",
        "before:2024-13-01",
        "after:yesterday",
        "before:2024-2-3",
        "after:+12024-01-01"
      })
  void aQueryWithNothingToMatchOrABadOperatorIsInvalid(String query) {
    assertThatThrownBy(() -> SearchQueryParser.parse(query))
        .isInstanceOfSatisfying(
            ChatException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
              assertThat(e.field()).isEqualTo("query");
            });
  }
}
