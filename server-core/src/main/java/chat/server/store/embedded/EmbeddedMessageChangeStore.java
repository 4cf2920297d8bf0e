package chat.server.store.embedded;

import chat.protocol.Limits;
import chat.protocol.model.EncryptedContent;
import chat.protocol.model.Message;
import chat.server.store.ChangePage;
import chat.server.store.ChangeResult;
import chat.server.store.ContentSlot;
import chat.server.store.Mentions;
import chat.server.store.MessageChangeStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Changes to stored messages, in place in {@code messages} and {@code reactions}. Each change runs
 * in one transaction (sharing commits with appends through {@link GroupCommit}): the message is
 * looked up in its room, the change made, the search index kept in step, and the change recorded by
 * {@link RoomChangeLog}. A deletion then checkpoints the WAL and truncates it, so that, with {@code
 * secure_delete} on and the index's secure-delete on for the deletion ({@link
 * EmbeddedSearchIndex#removeForGood}), no byte of the deleted text remains in the database file or
 * its WAL. The words of an edited message's earlier versions are unsearchable at once but leave the
 * file only when the background {@link SearchPurge} that its deletion asks for has run.
 */
final class EmbeddedMessageChangeStore implements MessageChangeStore {

  /** The row of a message being changed: the search index's key and what the rules look at. */
  private record Target(long rowId, boolean deleted, Long pinnedAt, boolean edited) {}

  /** A changed message and its change position. */
  private record Changed(Message message, long changeSeq) {}

  private final Database db;
  private final MessageWrites writes;

  EmbeddedMessageChangeStore(MessageWrites writes) {
    this.db = writes.db();
    this.writes = writes;
  }

  /**
   * One lookup, by the index removal that also checks the message is there, undeleted and not
   * already so ({@link EmbeddedSearchIndex#removeForEdit}); one update of the row (content,
   * version, mention flag, change position); the member mentions replaced; the new version indexed;
   * the message read back as stored. Only when nothing was removed is the message read to tell a
   * missing one from an unchanged one.
   */
  @Override
  public ChangeResult edit(
      Message read, String content, EncryptedContent encrypted, Mentions mentions, long editedAt) {
    String roomId = read.roomId();
    String messageId = read.messageId();
    String slot = ContentSlot.of(content, encrypted);
    return writes
        .commits()
        .write(
            () -> {
              if (!writes.searchIndex().removeForEdit(roomId, messageId, slot)) {
                return target(roomId, messageId)
                    .filter(target -> !target.deleted())
                    .map(target -> ChangeResult.unchanged(current(messageId)))
                    .orElseGet(ChangeResult::notFound);
              }
              db.update(
                  "UPDATE messages SET content = ?, edited_at = ?,"
                      + " search_version = (search_version + 1) & ?, mentions_room = ?,"
                      + " change_seq = ? WHERE message_id = ?",
                  slot,
                  editedAt,
                  (1 << EmbeddedSearchIndex.VERSION_BITS) - 1,
                  mentions.room() ? 1 : 0,
                  writes.changeLog().next(roomId),
                  messageId);
              MentionRows.replaceMembers(db, messageId, mentions);
              writes.searchIndex().add(messageId);
              return ChangeResult.changed(current(messageId));
            });
  }

  @Override
  public ChangeResult delete(String roomId, String messageId) {
    ChangeResult result =
        change(
            roomId,
            messageId,
            target -> {
              writes.searchIndex().removeForGood(target.rowId(), target.edited());
              db.update(
                  "UPDATE messages SET content = '', deleted = 1, edited_at = NULL,"
                      + " pinned_at = NULL, pinned_by = NULL, mentions_room = 0,"
                      + " attachments = NULL WHERE id = ?",
                  target.rowId());
              db.update("DELETE FROM reactions WHERE message_id = ?", messageId);
              db.update("DELETE FROM message_mentions WHERE message_id = ?", messageId);
              db.update("DELETE FROM files WHERE message_id = ?", messageId);
              writes.changeLog().record(roomId, messageId);
              return ChangeResult.deleted(current(messageId), target.pinnedAt() != null);
            });
    if (result.outcome() == ChangeResult.Outcome.CHANGED) {
      db.checkpointAndTruncateWal();
    }
    return result;
  }

  @Override
  public ChangeResult addReaction(String roomId, String messageId, String userId, String emoji) {
    return change(
        roomId,
        messageId,
        target -> {
          if (hasReaction(messageId, userId, emoji)) {
            return ChangeResult.unchanged(current(messageId));
          }
          List<String> distinct =
              db.query(
                  "SELECT DISTINCT emoji FROM reactions WHERE message_id = ?",
                  row -> row.getString("emoji"),
                  messageId);
          if (!distinct.contains(emoji) && distinct.size() >= Limits.MAX_REACTION_EMOJI) {
            return ChangeResult.limitReached(current(messageId));
          }
          long position = writes.changeLog().record(roomId, messageId);
          db.update(
              "INSERT INTO reactions (message_id, emoji, user_id, position) VALUES (?, ?, ?, ?)",
              messageId,
              emoji,
              userId,
              position);
          return ChangeResult.changed(current(messageId));
        });
  }

  @Override
  public ChangeResult removeReaction(String roomId, String messageId, String userId, String emoji) {
    return change(
        roomId,
        messageId,
        target -> {
          if (!hasReaction(messageId, userId, emoji)) {
            return ChangeResult.unchanged(current(messageId));
          }
          db.update(
              "DELETE FROM reactions WHERE message_id = ? AND emoji = ? AND user_id = ?",
              messageId,
              emoji,
              userId);
          return recorded(roomId, messageId);
        });
  }

  @Override
  public ChangeResult pin(String roomId, String messageId, String userId, long pinnedAt) {
    return change(
        roomId,
        messageId,
        target -> {
          if (target.pinnedAt() != null) {
            return ChangeResult.unchanged(current(messageId));
          }
          long pinned =
              db.queryFirst(
                      "SELECT count(*) FROM messages WHERE room_id = ? AND pinned_at IS NOT NULL",
                      row -> row.getLong(1),
                      roomId)
                  .orElse(0L);
          if (pinned >= Limits.MAX_PINS_PER_ROOM) {
            return ChangeResult.limitReached(current(messageId));
          }
          db.update(
              "UPDATE messages SET pinned_at = ?, pinned_by = ? WHERE id = ?",
              pinnedAt,
              userId,
              target.rowId());
          return recorded(roomId, messageId);
        });
  }

  @Override
  public ChangeResult unpin(String roomId, String messageId) {
    return change(
        roomId,
        messageId,
        target -> {
          if (target.pinnedAt() == null) {
            return ChangeResult.unchanged(current(messageId));
          }
          db.update(
              "UPDATE messages SET pinned_at = NULL, pinned_by = NULL WHERE id = ?",
              target.rowId());
          return recorded(roomId, messageId);
        });
  }

  @Override
  public List<Message> pins(String roomId) {
    return EmbeddedMessageStore.withReactions(
        db,
        db.query(
            "SELECT "
                + EmbeddedMessageStore.COLUMNS
                + " FROM messages WHERE room_id = ? AND pinned_at IS NOT NULL"
                + " ORDER BY pinned_at DESC, change_seq DESC",
            EmbeddedMessageStore::message,
            roomId));
  }

  @Override
  public long changeSeq(String roomId) {
    return writes.changeLog().position(roomId);
  }

  /**
   * The counter is read in the same transaction as the page, so a page that reaches the newest
   * change answers the counter itself: the client's next position.
   */
  @Override
  public ChangePage changesAfter(String roomId, long position, int limit) {
    return db.inTransaction(
        () -> {
          long counter = writes.changeLog().position(roomId);
          List<Changed> rows =
              db.query(
                  "SELECT "
                      + EmbeddedMessageStore.COLUMNS
                      + ", messages.change_seq FROM messages WHERE room_id = ? AND change_seq > ?"
                      + " ORDER BY change_seq LIMIT ?",
                  row -> new Changed(EmbeddedMessageStore.message(row), row.getLong("change_seq")),
                  roomId,
                  position,
                  (long) limit + 1);
          boolean more = rows.size() > limit;
          List<Changed> page = rows.subList(0, Math.min(limit, rows.size()));
          return new ChangePage(
              EmbeddedMessageStore.withReactions(db, page.stream().map(Changed::message).toList()),
              more ? page.getLast().changeSeq() : counter,
              more);
        });
  }

  /**
   * Runs {@code work} on the message in one write transaction, or answers {@code NOT_FOUND} when
   * the room has no such message or it is deleted.
   */
  private ChangeResult change(
      String roomId, String messageId, Function<Target, ChangeResult> work) {
    return writes
        .commits()
        .write(
            () ->
                target(roomId, messageId)
                    .filter(target -> !target.deleted())
                    .map(work)
                    .orElseGet(ChangeResult::notFound));
  }

  private Optional<Target> target(String roomId, String messageId) {
    return db.queryFirst(
        "SELECT id, deleted, pinned_at, edited_at IS NOT NULL AS edited FROM messages"
            + " WHERE room_id = ? AND message_id = ?",
        row -> {
          long pinnedAt = row.getLong("pinned_at");
          Long pinned = row.wasNull() ? null : pinnedAt;
          return new Target(
              row.getLong("id"), row.getInt("deleted") == 1, pinned, row.getInt("edited") == 1);
        },
        roomId,
        messageId);
  }

  private ChangeResult recorded(String roomId, String messageId) {
    writes.changeLog().record(roomId, messageId);
    return ChangeResult.changed(current(messageId));
  }

  private boolean hasReaction(String messageId, String userId, String emoji) {
    return db.queryFirst(
            "SELECT 1 FROM reactions WHERE message_id = ? AND emoji = ? AND user_id = ?",
            row -> true,
            messageId,
            emoji,
            userId)
        .isPresent();
  }

  private Message current(String messageId) {
    return EmbeddedMessageStore.withReactions(
            db,
            db.query(
                "SELECT " + EmbeddedMessageStore.COLUMNS + " FROM messages WHERE message_id = ?",
                EmbeddedMessageStore::message,
                messageId))
        .getFirst();
  }
}
