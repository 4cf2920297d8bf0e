package chat.server.store;

import java.util.Collection;
import java.util.Map;

/**
 * Each member's read cursor per room: the newest message they have read, kept durably. A cursor
 * only moves forward in the room's order, and unread counts are measured from it.
 */
public interface ReadCursorStore {

  /** What {@link #advance} did. */
  enum Advance {
    /** The cursor now stands on the message. */
    MOVED,
    /** The cursor already stood on that message or a later one; it did not move. */
    ALREADY_PAST,
    /** The room has no message of that id; nothing changed. */
    NO_SUCH_MESSAGE
  }

  /** Moves the user's cursor in the room to {@code messageId}, if that is forward. */
  Advance advance(String roomId, String userId, String messageId);

  /**
   * For each of {@code roomIds}, how many of its messages lie after the user's cursor (all of them
   * when the user has none) and were sent by someone else.
   *
   * @return a count for every room asked about
   */
  Map<String, Integer> unreadCounts(String userId, Collection<String> roomIds);
}
