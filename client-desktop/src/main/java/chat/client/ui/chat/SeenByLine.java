package chat.client.ui.chat;

import java.util.List;

/**
 * The words of the "seen by" line: who has read up to where. It shows under the list, so when the
 * message read is not the newest it says which one it is.
 */
final class SeenByLine {

  /** How many readers are named; more are counted ("and 4 others"). */
  static final int NAMED = 3;

  /** How much of the message read is quoted when it is not the newest. */
  static final int QUOTED_CHARS = 40;

  private SeenByLine() {}

  /**
   * "Seen by bob, carol" when {@code readUpTo} is the newest message, else "Seen by bob up to
   * “lunch at noon?”"; empty without readers.
   */
  static String of(List<String> readers, ChatLine readUpTo, boolean newest) {
    if (readers.isEmpty()) {
      return "";
    }
    String who = "Seen by " + names(readers);
    return newest ? who : who + " up to " + which(readUpTo);
  }

  private static String names(List<String> readers) {
    if (readers.size() <= NAMED) {
      return String.join(", ", readers);
    }
    int others = readers.size() - NAMED;
    return String.join(", ", readers.subList(0, NAMED))
        + " and "
        + others
        + (others == 1 ? " other" : " others");
  }

  private static String which(ChatLine line) {
    String text = line.deleted() ? "" : line.content().strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return line.sender() + "'s message";
    }
    return "“"
        + (text.codePointCount(0, text.length()) <= QUOTED_CHARS
            ? text
            : text.substring(0, text.offsetByCodePoints(0, QUOTED_CHARS - 1)) + "…")
        + "”";
  }
}
