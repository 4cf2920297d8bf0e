package chat.client.archfixture;

import chat.server.store.SearchTerm;
import chat.server.store.SearchText;

/**
 * Keeps the rules: what a word is for search is the one part of the server's store the app uses.
 */
public final class UsesTheServersSearchWords {

  private UsesTheServersSearchWords() {}

  public static boolean finds(String query, String text) {
    return new SearchTerm(SearchText.foldedWords(query), false).isIn(SearchText.foldedWords(text));
  }
}
