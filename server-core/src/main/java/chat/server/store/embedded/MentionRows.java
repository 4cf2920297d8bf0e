package chat.server.store.embedded;

import chat.server.store.Mentions;

/**
 * A message's mentions as {@code mentionCount} counts them ({@link EmbeddedReadCursorStore}): a row
 * of {@code message_mentions} per member it names, at the message's seq, and its {@code
 * mentions_room} flag. Written by the append, replaced by an edit; call inside their transaction.
 */
final class MentionRows {

  private MentionRows() {}

  /** Stores the mentions of {@code messageId}, a message that has none stored yet. */
  static void add(Database db, String messageId, Mentions mentions) {
    for (String userId : mentions.userIds()) {
      db.update(
          "INSERT INTO message_mentions (message_id, room_id, user_id, seq)"
              + " SELECT message_id, room_id, ?, seq FROM messages WHERE message_id = ?",
          userId,
          messageId);
    }
  }

  /**
   * Replaces the member rows of {@code messageId} with those of {@code mentions}; its {@code
   * mentions_room} flag is the caller's to set, in the update that changes the message.
   */
  static void replaceMembers(Database db, String messageId, Mentions mentions) {
    db.update("DELETE FROM message_mentions WHERE message_id = ?", messageId);
    add(db, messageId, mentions);
  }
}
