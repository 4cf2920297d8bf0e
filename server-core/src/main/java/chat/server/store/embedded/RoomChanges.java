package chat.server.store.embedded;

/**
 * Each room's change counter ({@code room_changes}): a stored message that changes takes the room's
 * next change position as its {@code change_seq}, so that sync can return the messages changed
 * since a client's position. Call inside the transaction that makes the change.
 */
final class RoomChanges {

  private final Database db;

  RoomChanges(Database db) {
    this.db = db;
  }

  /** Gives {@code messageId}, a message of the room, the room's next change position. */
  void markChanged(String roomId, String messageId) {
    db.update(
        "INSERT INTO room_changes (room_id, seq) VALUES (?, 1)"
            + " ON CONFLICT (room_id) DO UPDATE SET seq = seq + 1",
        roomId);
    db.update(
        "UPDATE messages SET change_seq = (SELECT seq FROM room_changes WHERE room_id = ?)"
            + " WHERE message_id = ?",
        roomId,
        messageId);
  }
}
