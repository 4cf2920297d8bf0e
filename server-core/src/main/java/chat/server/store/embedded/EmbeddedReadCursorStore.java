package chat.server.store.embedded;

import chat.server.store.ReadCursorStore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Read cursors in {@code read_cursors}, as the {@code seq} of the message read: a position in the
 * room's order, which is all that moving forward and counting need.
 */
final class EmbeddedReadCursorStore implements ReadCursorStore {

  private final Database db;

  EmbeddedReadCursorStore(Database db) {
    this.db = db;
  }

  /** The upsert's WHERE keeps a cursor from moving back: a row it skips counts as no change. */
  @Override
  public Advance advance(String roomId, String userId, String messageId) {
    return db.inTransaction(
        () ->
            db.queryFirst(
                    "SELECT seq FROM messages WHERE room_id = ? AND message_id = ?",
                    row -> row.getLong("seq"),
                    roomId,
                    messageId)
                .map(
                    seq ->
                        db.update(
                                    "INSERT INTO read_cursors (room_id, user_id, seq) VALUES (?, ?, ?)"
                                        + " ON CONFLICT (room_id, user_id) DO UPDATE SET seq ="
                                        + " excluded.seq WHERE excluded.seq > read_cursors.seq",
                                    roomId,
                                    userId,
                                    seq)
                                == 1
                            ? Advance.MOVED
                            : Advance.ALREADY_PAST)
                .orElse(Advance.NO_SUCH_MESSAGE));
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
