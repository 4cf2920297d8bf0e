package chat.server.store.embedded;

import chat.server.store.ReadCursorStore;
import java.util.Collection;
import java.util.LinkedHashMap;
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

  /** One count per room, in one transaction so that the counts agree with each other. */
  @Override
  public Map<String, Integer> unreadCounts(String userId, Collection<String> roomIds) {
    return db.inTransaction(
        () -> {
          Map<String, Integer> counts = new LinkedHashMap<>();
          for (String roomId : roomIds) {
            counts.put(
                roomId,
                db.queryFirst(
                        "SELECT count(*) FROM messages WHERE room_id = ? AND sender_id <> ? AND"
                            + " seq > coalesce((SELECT seq FROM read_cursors WHERE room_id = ?"
                            + " AND user_id = ?), 0)",
                        row -> row.getInt(1),
                        roomId,
                        userId,
                        roomId,
                        userId)
                    .orElseThrow());
          }
          return counts;
        });
  }
}
