package chat.server.store;

import chat.protocol.model.ReadCursor;
import java.util.Collection;
import java.util.List;
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
   * For each of {@code roomIds}, how many of the messages of its timeline lie after the user's
   * cursor (all of them when the user has none) and were sent by someone else. A thread reply not
   * also posted to the room is not counted: thread unread state is the client's to keep.
   *
   * @return a count for every room asked about
   */
  Map<String, Integer> unreadCounts(String userId, Collection<String> roomIds);

  /**
   * For each of {@code roomIds}, how many messages after the user's cursor (all when none) were
   * sent by someone else and mention the user, by name or by {@code @room}. Thread replies count,
   * those shown only in their thread too: a mention is how someone is called into a thread.
   *
   * @return a count for every room asked about
   */
  Map<String, Integer> mentionCounts(String userId, Collection<String> roomIds);

  /**
   * The read cursors of the room's members but {@code exceptUserId}, the furthest along first (ties
   * in any order), at most {@code limit}: each the messageId it stands on. A user who left the room
   * is not among them.
   */
  List<ReadCursor> furthest(String roomId, String exceptUserId, int limit);
}
