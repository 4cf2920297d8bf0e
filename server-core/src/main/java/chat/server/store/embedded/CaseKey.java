package chat.server.store.embedded;

import java.util.Locale;

/**
 * The case-folded form of a name, stored beside it so that uniqueness, lookup and filtering ignore
 * case for every script, not only ASCII as SQLite's own {@code lower()} and {@code NOCASE} do.
 */
final class CaseKey {

  private CaseKey() {}

  static String of(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
