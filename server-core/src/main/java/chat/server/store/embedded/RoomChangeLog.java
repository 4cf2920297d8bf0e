package chat.server.store.embedded;

/**
 * Records that a stored message changed: moves its room's change counter ({@code room_changes}) on
 * by one and stamps the message's {@code change_seq} with the new value (an edit stamps it in its
 * own update, from {@link #next}). Every change to a stored message (an edit, a deletion, a
 * reaction, a pin, a thread's new reply on its root) calls {@link #record} inside the transaction
 * that makes the change, so the change and its position commit together and {@code sync} finds each
 * changed message exactly once beyond a client's position.
 */
final class RoomChangeLog {

  private final Database db;

  RoomChangeLog(Database db) {
    this.db = db;
  }

  /**
   * Records a change to {@code messageId} of {@code roomId}; call inside the change's transaction.
   *
   * @return the room's new change position, now the message's {@code change_seq}
   */
  long record(String roomId, String messageId) {
    long position = next(roomId);
    db.update("UPDATE messages SET change_seq = ? WHERE message_id = ?", position, messageId);
    return position;
  }

  /**
   * Moves the room's counter on by one for a change whose own statement stamps the message's {@code
   * change_seq} with the answer (as an edit's update does); call inside the change's transaction.
   *
   * @return the room's new change position
   */
  long next(String roomId) {
    return db.queryFirst(
            "INSERT INTO room_changes (room_id, seq) VALUES (?, 1)"
                + " ON CONFLICT (room_id) DO UPDATE SET seq = seq + 1 RETURNING seq",
            row -> row.getLong("seq"),
            roomId)
        .orElseThrow();
  }

  /** The room's change counter: 0 before its first change. */
  long position(String roomId) {
    return db.queryFirst(
            "SELECT seq FROM room_changes WHERE room_id = ?", row -> row.getLong("seq"), roomId)
        .orElse(0L);
  }
}
