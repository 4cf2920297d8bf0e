package chat.client.ui.chat;

import java.util.List;

/**
 * The words under a message others have read: "Seen by bob, carol", the readers beyond the first
 * three counted ("and 4 others").
 */
final class SeenByLine {

  /** How many readers are named; more are counted ("and 4 others"). */
  static final int NAMED = 3;

  private SeenByLine() {}

  /** "Seen by bob, carol"; empty without readers. */
  static String of(List<String> readers) {
    if (readers.isEmpty()) {
      return "";
    }
    if (readers.size() <= NAMED) {
      return "Seen by " + String.join(", ", readers);
    }
    int others = readers.size() - NAMED;
    return "Seen by "
        + String.join(", ", readers.subList(0, NAMED))
        + " and "
        + others
        + (others == 1 ? " other" : " others");
  }
}
