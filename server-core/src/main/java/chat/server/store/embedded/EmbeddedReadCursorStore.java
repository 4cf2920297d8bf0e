package chat.server.store.embedded;

import chat.protocol.model.ReadCursor;
import chat.server.store.ReadCursorStore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read cursors in {@code read_cursors}, as the {@code seq} of the message read: a position in the
 * room's order, which is all that moving forward and counting need.
 */
final class EmbeddedReadCursorStore implements ReadCursorStore {

  private final Database db;

  EmbeddedReadCursorStore(Database db) {
    this.db = db;
  }

  @Override
  public Advance advance(String roomId, String userId, String messageId) {
    return db.inTransaction(
        () -> {
          Optional<Long> seq = seqOf(roomId, messageId);
          if (seq.isEmpty()) {
            return Advance.NO_SUCH_MESSAGE;
          }
          return moveForward(roomId, userId, seq.get()) ? Advance.MOVED : Advance.ALREADY_PAST;
        });
  }

  private Optional<Long> seqOf(String roomId, String messageId) {
    return db.queryFirst(
        "SELECT seq FROM messages WHERE room_id = ? AND message_id = ?",
        row -> row.getLong("seq"),
        roomId,
        messageId);
  }

  /** Sets the cursor to {@code seq} unless it is there or beyond; says whether it moved. */
  private boolean moveForward(String roomId, String userId, long seq) {
    int changed =
        db.update(
            "INSERT INTO read_cursors (room_id, user_id, seq) VALUES (?, ?, ?)"
                + " ON CONFLICT (room_id, user_id) DO UPDATE SET seq = excluded.seq"
                + " WHERE excluded.seq > read_cursors.seq",
            roomId,
            userId,
            seq);
    return changed == 1;
  }

  /**
   * The room's cursors, found by the primary key's prefix, each joined with its member row (none
   * for who left) and its message, then sorted: at most one per member of the room.
   */
  @Override
  public List<ReadCursor> furthest(String roomId, String exceptUserId, int limit) {
    return db.query(
        "SELECT cursor.user_id, message.message_id FROM read_cursors AS cursor"
            + " JOIN room_members AS member"
            + " ON member.room_id = cursor.room_id AND member.user_id = cursor.user_id"
            + " JOIN messages AS message ON message.room_id = cursor.room_id"
            + " AND message.seq = cursor.seq"
            + " WHERE cursor.room_id = ? AND cursor.user_id <> ?"
            + " ORDER BY cursor.seq DESC, cursor.user_id LIMIT ?",
        row -> new ReadCursor(row.getString(1), row.getString(2)),
        roomId,
        exceptUserId,
        limit);
  }

  /** The user's cursor in the room as a seq, 0 when none: SQL of the parameters ?1 and ?2. */
  private static final String CURSOR =
      "coalesce((SELECT seq FROM read_cursors WHERE room_id = ?1 AND user_id = ?2), 0)";

  @Override
  public Map<String, Integer> unreadCounts(String userId, Collection<String> roomIds) {
    return countPerRoom(
        "SELECT count(*) FROM messages WHERE room_id = ?1 AND sender_id <> ?2 AND seq > "
            + CURSOR
            + " AND (thread_id IS NULL OR also_in_room = 1)",
        userId,
        roomIds);
  }

  /**
   * Named mentions from {@code message_mentions_by_member} and {@code @room} from {@code
   * messages_mentioning_room}, both read from the cursor on; a message counted by both is counted
   * once (the UNION of seqs).
   */
  @Override
  public Map<String, Integer> mentionCounts(String userId, Collection<String> roomIds) {
    return countPerRoom(
        "SELECT count(*) FROM (SELECT mention.seq FROM message_mentions AS mention JOIN messages"
            + " ON messages.message_id = mention.message_id WHERE mention.room_id = ?1"
            + " AND mention.user_id = ?2 AND mention.seq > "
            + CURSOR
            + " AND messages.sender_id <> ?2 UNION SELECT seq FROM messages WHERE room_id = ?1"
            + " AND mentions_room = 1 AND seq > "
            + CURSOR
            + " AND sender_id <> ?2)",
        userId,
        roomIds);
  }

  /**
   * One count per room, by {@code sql} of the parameters ?1 (the room) and ?2 (the user), in one
   * transaction so that the counts agree with each other.
   */
  private Map<String, Integer> countPerRoom(String sql, String userId, Collection<String> roomIds) {
    return db.inTransaction(
        () -> {
          Map<String, Integer> counts = new LinkedHashMap<>();
          for (String roomId : roomIds) {
            counts.put(
                roomId, db.queryFirst(sql, row -> row.getInt(1), roomId, userId).orElseThrow());
          }
          return counts;
        });
  }
}
