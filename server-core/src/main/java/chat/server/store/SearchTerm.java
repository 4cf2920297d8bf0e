package chat.server.store;

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
}
