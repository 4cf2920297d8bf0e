package chat.protocol.search;

import chat.protocol.model.Attachment;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a word is, for search: one definition for indexing messages, parsing queries and
 * highlighting results, in every store, so that a query finds the same messages everywhere.
 *
 * <ul>
 *   <li>A word is a run of letters, digits and combining marks; everything else separates words
 *       ({@code e-mail} is the two words {@code e mail}, which a query for {@code e-mail} finds as
 *       a phrase).
 *   <li>Scripts written without spaces between words (Chinese, Japanese kana, Korean Hangul, Thai,
 *       Lao, Khmer, Myanmar) have no runs to split on, so each of their characters is a word of its
 *       own. A query for a run of them is then a phrase of single characters, which finds that run
 *       anywhere in a text: {@code 東京} is found in {@code 東京タワーに行きました}.
 *   <li>Words are folded: compatibility forms unified (NFKD: full-width letters, ligatures), case
 *       ignored (upper- then lower-cased, so {@code ß} meets {@code SS}), and accents removed from
 *       the letters of Latin, Greek, Cyrillic, Arabic and Hebrew script. Other scripts keep their
 *       combining marks, which are often vowels rather than accents.
 * </ul>
 */
public final class SearchText {

  /** A word of a text: its folded form, and where it stands (UTF-16 offsets, end exclusive). */
  public record Word(String folded, int start, int end) {}

  private static final Set<Character.UnicodeScript> UNSPACED_SCRIPTS =
      Set.of(
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HIRAGANA,
          Character.UnicodeScript.KATAKANA,
          Character.UnicodeScript.HANGUL,
          Character.UnicodeScript.THAI,
          Character.UnicodeScript.LAO,
          Character.UnicodeScript.KHMER,
          Character.UnicodeScript.MYANMAR);

  /** Katakana's prolonged sound marks belong to no script, but only ever stand in kana words. */
  private static final Set<Integer> UNSPACED_COMMON = Set.of(0x30FC, 0xFF70);

  private static final Set<Character.UnicodeScript> ACCENTED_SCRIPTS =
      Set.of(
          Character.UnicodeScript.LATIN,
          Character.UnicodeScript.GREEK,
          Character.UnicodeScript.CYRILLIC,
          Character.UnicodeScript.ARABIC,
          Character.UnicodeScript.HEBREW);

  private SearchText() {}

  /** The words of {@code text}, in order; words that fold to nothing are left out. */
  public static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (!isWordChar(codePoint)) {
        i += Character.charCount(codePoint);
        continue;
      }
      int start = i;
      if (isUnspaced(codePoint)) {
        i = skipMarks(text, i + Character.charCount(codePoint));
      } else {
        i = endOfRun(text, i);
      }
      String folded = fold(text.substring(start, i));
      if (!folded.isEmpty()) {
        words.add(new Word(folded, start, i));
      }
    }
    return words;
  }

  /** The folded words of {@code text}. */
  public static List<String> foldedWords(String text) {
    return words(text).stream().map(Word::folded).toList();
  }

  /**
   * The folded words a message is indexed by: those of its plain text ({@link MessageText}), so
   * that its Markdown's markup is never searched. Both stores index these.
   */
  public static List<String> messageWords(String content) {
    return foldedWords(MessageText.plain(content));
  }

  /**
   * The folded words a message's files are indexed by: the words of each file's name, file after
   * file ({@code q3-report.pdf} is {@code q3 report pdf}); none for null. A query word matches
   * these or the message's own words ({@link #messageWords}), a phrase one or the other whole.
   */
  public static List<String> fileWords(List<Attachment> attachments) {
    return attachments == null
        ? List.of()
        : attachments.stream().flatMap(file -> foldedWords(file.name()).stream()).toList();
  }

  /**
   * Every distinct word a message is indexed under, in a store that keeps one set per word: its
   * content's ({@link #messageWords}) and its files' names' ({@link #fileWords}).
   */
  public static List<String> indexedWords(String content, List<Attachment> attachments) {
    return Stream.concat(messageWords(content).stream(), fileWords(attachments).stream())
        .distinct()
        .toList();
  }

  /** A message's words ({@link #messageWords}) joined by single spaces: what an index stores. */
  public static String indexForm(String content) {
    return String.join(" ", messageWords(content));
  }

  private static int endOfRun(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (!isWordChar(codePoint) || isUnspaced(codePoint)) {
        break;
      }
      i += Character.charCount(codePoint);
    }
    return i;
  }

  private static int skipMarks(String text, int from) {
    int i = from;
    while (i < text.length() && isMark(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  /**
   * Compatibility-decomposes, drops the accents of accented scripts, folds case, recomposes, and
   * keeps only word characters (so that a folded word is always one word again).
   */
  static String fold(String word) {
    if (word.chars().allMatch(c -> c < 0x80)) {
      return word.toLowerCase(Locale.ROOT); // the common case, and already only letters and digits
    }
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    Character.UnicodeScript base = null;
    for (int i = 0; i < decomposed.length(); ) {
      int codePoint = decomposed.codePointAt(i);
      i += Character.charCount(codePoint);
      if (!isMark(codePoint)) {
        base = Character.UnicodeScript.of(codePoint);
      } else if (base != null && ACCENTED_SCRIPTS.contains(base)) {
        continue;
      }
      kept.appendCodePoint(codePoint);
    }
    String cased = kept.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    String composed = Normalizer.normalize(cased, Normalizer.Form.NFC);
    StringBuilder folded = new StringBuilder(composed.length());
    composed.codePoints().filter(SearchText::isWordChar).forEach(folded::appendCodePoint);
    return folded.toString();
  }

  private static boolean isWordChar(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER,
          Character.PRIVATE_USE ->
          true;
      default -> isMark(codePoint);
    };
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isUnspaced(int codePoint) {
    return UNSPACED_SCRIPTS.contains(Character.UnicodeScript.of(codePoint))
        || UNSPACED_COMMON.contains(codePoint);
  }
}
