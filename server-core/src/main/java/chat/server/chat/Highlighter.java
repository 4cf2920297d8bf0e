package chat.server.chat;

import chat.protocol.search.MessageText;
import chat.protocol.search.SearchTerm;
import chat.protocol.search.SearchText;
import chat.protocol.search.SearchText.Word;
import java.util.BitSet;
import java.util.List;

/**
 * The {@code highlight} of a search result: at most {@value #MAX_CHARS} characters (code points,
 * markers and ellipses included) of the message's plain text ({@link MessageText}: what was
 * indexed, without its Markdown's markup), starting a little before its first match, with each
 * matched word wrapped in {@code [[ ]]}. Words are matched as {@link SearchText} finds them, so the
 * highlight agrees with the search in every store. Runs of whitespace show as one space; a cut is
 * shown by {@code …}. Matched words with nothing between them (characters of Chinese, say) share
 * one pair of markers.
 */
final class Highlighter {

  static final int MAX_CHARS = 160;

  /** About how much text to show before the first match, so that it is read in its context. */
  private static final int CONTEXT_CHARS = 40;

  private static final String OPEN = "[[";
  private static final String CLOSE = "]]";
  private static final String CUT = "…";

  private Highlighter() {}

  static String highlight(String content, List<SearchTerm> terms) {
    String plain = MessageText.plain(content);
    List<Word> words = SearchText.words(plain);
    boolean[] matched = matches(words, terms);
    Snippet snippet = new Snippet(plain, words);
    int first = firstMatch(matched);
    int start = first < 0 ? 0 : contextStart(words, first);
    snippet.begin(start);
    int position = start;
    for (int i = 0; i < words.size(); i++) {
      if (!matched[i]) {
        continue;
      }
      int end = i;
      while (end + 1 < words.size()
          && matched[end + 1]
          && words.get(end + 1).start() == words.get(end).end()) {
        end++;
      }
      if (!snippet.plain(position, words.get(i).start())
          || !snippet.marked(words.get(i).start(), words.get(end).end())) {
        return snippet.cut();
      }
      position = words.get(end).end();
      i = end;
    }
    return snippet.plain(position, plain.length()) ? snippet.whole() : snippet.cut();
  }

  /** Which words are part of a match of some term (a phrase marks each of its words). */
  private static boolean[] matches(List<Word> words, List<SearchTerm> terms) {
    boolean[] matched = new boolean[words.size()];
    List<String> folded = words.stream().map(Word::folded).toList();
    for (SearchTerm term : terms) {
      int length = term.words().size();
      for (int at = 0; at + length <= words.size(); at++) {
        if (term.matchesAt(folded, at)) {
          for (int k = at; k < at + length; k++) {
            matched[k] = true;
          }
        }
      }
    }
    return matched;
  }

  private static int firstMatch(boolean[] matched) {
    for (int i = 0; i < matched.length; i++) {
      if (matched[i]) {
        return i;
      }
    }
    return -1;
  }

  /** The start of the earliest word within about {@link #CONTEXT_CHARS} before the match. */
  private static int contextStart(List<Word> words, int firstMatched) {
    int matchStart = words.get(firstMatched).start();
    int earliest = matchStart - CONTEXT_CHARS;
    if (earliest <= 0) {
      return 0;
    }
    for (Word word : words) {
      if (word.start() >= earliest) {
        return word.start();
      }
    }
    return matchStart;
  }

  /** The snippet being written, within its budget, a cut always leaving room for the ellipsis. */
  private static final class Snippet {
    private final String content;

    /** The offsets inside a word, where a cut would split it. */
    private final BitSet insideWord = new BitSet();

    private final StringBuilder text = new StringBuilder();
    private int used;
    private boolean anyMarked;

    /** The length of {@link #text} at the last place a cut would split no word; -1 if none. */
    private int lastBreak = -1;

    Snippet(String content, List<Word> words) {
      this.content = content;
      words.forEach(word -> insideWord.set(word.start() + 1, word.end()));
    }

    void begin(int start) {
      if (start > 0) {
        text.append(CUT);
        used++;
      }
    }

    /**
     * Appends {@code content[from, to)} with whitespace collapsed.
     *
     * @return false if it did not all fit (as much as fits was written)
     */
    boolean plain(int from, int to) {
      for (int i = from; i < to; ) {
        int codePoint = content.codePointAt(i);
        boolean splitsAWord = insideWord.get(i);
        i += Character.charCount(codePoint);
        if (Character.isWhitespace(codePoint)) {
          if (text.isEmpty() || text.charAt(text.length() - 1) == ' ' || endsWithCut()) {
            continue; // collapsed into the space or the ellipsis before it
          }
          codePoint = ' ';
        }
        if (used + 1 > MAX_CHARS - CUT.length()) {
          if (splitsAWord && lastBreak > 0) {
            text.setLength(lastBreak); // rather than end on half a word
          }
          return false;
        }
        if (!splitsAWord) {
          lastBreak = text.length();
        }
        text.appendCodePoint(codePoint);
        used++;
      }
      return true;
    }

    /**
     * Appends {@code content[from, to)} between markers, whole or not at all; only a first match
     * too long for the whole budget is shortened, so that every snippet shows one.
     *
     * @return false if it did not fit
     */
    boolean marked(int from, int to) {
      String word = content.substring(from, to);
      int length = word.codePointCount(0, word.length());
      int room = MAX_CHARS - CUT.length() - used - OPEN.length() - CLOSE.length();
      boolean fits = length <= room;
      if (!fits) {
        if (anyMarked || room < 1) {
          return false;
        }
        word = word.substring(0, word.offsetByCodePoints(0, room));
        length = room;
      }
      text.append(OPEN).append(word).append(CLOSE);
      used += OPEN.length() + length + CLOSE.length();
      anyMarked = true;
      lastBreak = text.length();
      return fits;
    }

    String whole() {
      return text.toString().strip();
    }

    String cut() {
      return text.toString().stripTrailing() + CUT;
    }

    private boolean endsWithCut() {
      return text.charAt(text.length() - 1) == CUT.charAt(0);
    }
  }
}
