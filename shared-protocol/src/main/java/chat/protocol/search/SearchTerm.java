package chat.protocol.search;

import java.util.List;

/**
 * One thing a message must contain: these words, one right after another. A single word is a term
 * of one word; a quoted phrase, or a word that {@link SearchText} splits (such as {@code e-mail},
 * or a run of Chinese characters), is a term of several. With {@code prefix}, the last word only
 * has to start with the given one.
 *
 * @param words folded as {@link SearchText} folds them; never empty
 */
public record SearchTerm(List<String> words, boolean prefix) {

  public SearchTerm {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a search term needs at least one word");
    }
  }

  /** Whether the folded {@code words} of a text hold this term anywhere. */
  public boolean isIn(List<String> words) {
    for (int at = 0; at + this.words.size() <= words.size(); at++) {
      if (matchesAt(words, at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this term's words stand in the folded {@code words} of a text from {@code at} on. */
  public boolean matchesAt(List<String> words, int at) {
    for (int k = 0; k < this.words.size(); k++) {
      String word = words.get(at + k);
      String wanted = this.words.get(k);
      boolean last = k == this.words.size() - 1;
      if (!(last && prefix ? word.startsWith(wanted) : word.equals(wanted))) {
        return false;
      }
    }
    return true;
  }
}
