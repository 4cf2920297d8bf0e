package chat.server.store.redis;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The members of the lexicographic indexes of names (the username index, the public room directory,
 * a room's words): how a name is folded, how an entry orders by name then id, and the ZRANGE BYLEX
 * bounds of a prefix. Like the keys, these are a storage format: {@code RedisKeysTest} pins them.
 */
final class NameEntries {

  /** Separates a folded name from an id in a lexicographic index entry; never part of an id. */
  private static final char ENTRY_SEPARATOR = '\0';

  private NameEntries() {}

  /**
   * A name folded to lower case, as uniqueness, lookup and filtering compare it; the same folding
   * as the embedded adapter's, so both adapters agree on which names collide.
   */
  static String fold(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * An index entry ordering by folded name, then id: {@code folded NUL id}. Ordered byte by byte as
   * Redis orders equal-score members, which for UTF-8 is code point order, the embedded adapter's
   * order too.
   */
  static String nameEntry(String name, String id) {
    return fold(name) + ENTRY_SEPARATOR + id;
  }

  /** The id at the end of a {@link #nameEntry}. */
  static String idOfNameEntry(String entry) {
    return entry.substring(entry.lastIndexOf(ENTRY_SEPARATOR) + 1);
  }

  /** The folded name at the start of a {@link #nameEntry}. */
  static String nameOfNameEntry(String entry) {
    return entry.substring(0, entry.lastIndexOf(ENTRY_SEPARATOR));
  }

  /**
   * The ZRANGE BYLEX bounds of the entries whose name starts with {@code prefix}: from {@code
   * [prefix} to {@code [prefix} followed by the byte 0xFF, which no UTF-8 text contains, so every
   * longer name with that prefix sorts below it.
   */
  static byte[][] prefixRange(String prefix) {
    return exactPrefixRange(fold(prefix));
  }

  /** Like {@link #prefixRange}, for a prefix taken as it is (a word already folded for search). */
  static byte[][] exactPrefixRange(String prefix) {
    byte[] folded = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] min = new byte[folded.length + 1];
    byte[] max = new byte[folded.length + 2];
    min[0] = '[';
    max[0] = '[';
    System.arraycopy(folded, 0, min, 1, folded.length);
    System.arraycopy(folded, 0, max, 1, folded.length);
    max[max.length - 1] = (byte) 0xFF;
    return new byte[][] {min, max};
  }
}
