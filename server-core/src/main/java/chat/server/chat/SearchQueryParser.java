package chat.server.chat;

import chat.protocol.search.SearchTerm;
import chat.protocol.search.SearchText;
import chat.server.error.ChatException;
import chat.server.store.FileKind;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the search query syntax of PROTOCOL.md: words (all must match, in any order), {@code
 * "exact phrase"}, {@code prefix*}, {@code from:username}, {@code in:room} or {@code in:"room
 * name"}, {@code before:YYYY-MM-DD} and {@code after:YYYY-MM-DD} (UTC days, both exclusive), {@code
 * has:file} and {@code has:image} (a message with an attachment; with an image attachment).
 *
 * <p>Where the syntax leaves room: operator names ignore case; repeating {@code from:} or {@code
 * in:} widens (any of them), repeating {@code before:} or {@code after:} narrows (the tightest
 * wins), repeating {@code has:} narrows (each kind asked for); {@code from:@name} is {@code
 * from:name}; a quote left open runs to the end; an unknown {@code word:thing} is plain text. A
 * word or phrase is split and folded as {@link SearchText} says, so {@code e-mail} is the phrase
 * {@code e mail} and {@code 東京} the phrase {@code 東 京}; what holds no word at all (a lone {@code
 * *}, punctuation) is ignored.
 */
final class SearchQueryParser {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> OPERATORS = Set.of("from", "in", "before", "after", "has");

  private final String query;
  private int position;
  private final List<SearchTerm> terms = new ArrayList<>();
  private final Set<String> fromUsernames = new LinkedHashSet<>();
  private final Set<String> inRoomNames = new LinkedHashSet<>();
  private long sentFrom = Long.MIN_VALUE;
  private long sentBefore = Long.MAX_VALUE;
  private final Set<FileKind> has = EnumSet.noneOf(FileKind.class);

  private SearchQueryParser(String query) {
    this.query = query;
  }

  /**
   * @throws ChatException {@code INVALID_INPUT} (field {@code query}) when the query has nothing to
   *     match or filter by, an operator has no value, a date is not {@code YYYY-MM-DD}, or {@code
   *     has:} names no kind of file
   */
  static SearchQuery parse(String query) {
    SearchQueryParser parser = new SearchQueryParser(query);
    parser.parseAll();
    if (parser.terms.isEmpty()
        && parser.fromUsernames.isEmpty()
        && parser.inRoomNames.isEmpty()
        && parser.sentFrom == Long.MIN_VALUE
        && parser.sentBefore == Long.MAX_VALUE
        && parser.has.isEmpty()) {
      throw invalid("the query has no words to search for");
    }
    return new SearchQuery(
        parser.terms,
        parser.fromUsernames,
        parser.inRoomNames,
        parser.sentFrom,
        parser.sentBefore,
        parser.has);
  }

  private void parseAll() {
    while (position < query.length()) {
      char next = query.charAt(position);
      if (Character.isWhitespace(next)) {
        position++;
      } else if (next == '"') {
        String phrase = quoted();
        addTerm(phrase, skipStars());
      } else {
        bareToken();
      }
    }
  }

  /** A word, or an operator with its value; a token ends at whitespace or a quote. */
  private void bareToken() {
    int start = position;
    while (position < query.length()
        && !Character.isWhitespace(query.charAt(position))
        && query.charAt(position) != '"') {
      position++;
    }
    String token = query.substring(start, position);
    int colon = token.indexOf(':');
    String operator = colon < 0 ? "" : token.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!OPERATORS.contains(operator)) {
      boolean prefix = token.endsWith("*");
      addTerm(prefix ? token.replaceAll("\\*+$", "") : token, prefix);
      return;
    }
    String value = token.substring(colon + 1);
    if (value.isEmpty() && position < query.length() && query.charAt(position) == '"') {
      value = quoted();
    }
    applyOperator(operator, value.strip());
  }

  private void applyOperator(String operator, String value) {
    if (value.isEmpty()) {
      throw invalid(operator + ": needs a value");
    }
    switch (operator) {
      case "from" -> fromUsernames.add(value.startsWith("@") ? value.substring(1) : value);
      case "in" -> inRoomNames.add(SearchQuery.roomNameKey(value));
      case "before" -> sentBefore = Math.min(sentBefore, day(operator, value).startMillis());
      case "after" -> sentFrom = Math.max(sentFrom, day(operator, value).next().startMillis());
      case "has" -> has.add(fileKind(value));
      default -> throw new IllegalStateException("unhandled operator " + operator);
    }
  }

  /** The text between this quote and the next (or the end), the position moved past it. */
  private String quoted() {
    int close = query.indexOf('"', position + 1);
    int end = close < 0 ? query.length() : close;
    String text = query.substring(position + 1, end);
    position = close < 0 ? query.length() : close + 1;
    return text;
  }

  /** Whether stars follow (a prefix phrase: {@code "team lun"*}); moves past them. */
  private boolean skipStars() {
    boolean any = false;
    while (position < query.length() && query.charAt(position) == '*') {
      position++;
      any = true;
    }
    return any;
  }

  private void addTerm(String text, boolean prefix) {
    List<String> words = SearchText.foldedWords(text);
    if (!words.isEmpty()) {
      terms.add(new SearchTerm(words, prefix));
    }
  }

  private static Day day(String operator, String value) {
    if (DATE.matcher(value).matches()) {
      try {
        return new Day(LocalDate.parse(value));
      } catch (DateTimeParseException notADay) {
        // reported below
      }
    }
    throw invalid(operator + ": needs a date as YYYY-MM-DD, not '" + value + "'");
  }

  private static FileKind fileKind(String value) {
    return FileKind.ofToken(value)
        .orElseThrow(
            () ->
                invalid(
                    "has: takes "
                        + Arrays.stream(FileKind.values())
                            .map(FileKind::token)
                            .collect(Collectors.joining(" or "))
                        + ", not '"
                        + value
                        + "'"));
  }

  /** A UTC day: {@code before:} ends at its start, {@code after:} begins at the next one's. */
  private record Day(LocalDate date) {
    long startMillis() {
      return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    Day next() {
      return new Day(date.plusDays(1));
    }
  }

  private static ChatException invalid(String message) {
    return ChatException.invalidInput("query", message);
  }
}
