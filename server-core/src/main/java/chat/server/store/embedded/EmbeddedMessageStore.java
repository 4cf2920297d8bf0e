package chat.server.store.embedded;

import chat.protocol.model.Message;
import chat.server.store.AppendResult;
import chat.server.store.ChangeableParts;
import chat.server.store.FileRecord;
import chat.server.store.Mentions;
import chat.server.store.MessagePage;
import chat.server.store.MessageStore;
import chat.server.store.NewMessage;
import chat.server.store.StoredMessage;
import chat.server.store.ThreadStats;
import chat.server.store.UnusableAttachmentsException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The message log in {@code messages}. Each room's order is its {@code seq} column, given out under
 * the connection lock as one more than the room's highest; paging walks that column from a cursor
 * message's {@code seq}, over the room's timeline (every message but thread-only replies) or over
 * one thread's replies ({@code messages_by_thread}).
 *
 * <p>A message's mentions are rows of {@code message_mentions} (and {@code mentions_room}); a root
 * counts its replies in {@code reply_count} and {@code last_reply_at}, its repliers in {@code
 * thread_participants} (only the first {@value ThreadStats#MAX_PARTICIPANTS}, all a root shows).
 * Both are written in the append's transaction.
 */
final class EmbeddedMessageStore implements MessageStore {

  /**
   * What {@link #message} reads, in any query of {@code messages}. The lists are concatenated
   * unsorted (an ORDER BY inside group_concat would sort in a temporary tree for every row) and put
   * in order here: mentions by {@link Mentions}, participants by their first reply's seq.
   */
  static final String COLUMNS =
      "messages.message_id, messages.room_id, messages.sender_id, messages.sender_name,"
          + " messages.content, messages.created_at, messages.client_msg_id, messages.edited_at,"
          + " messages.deleted, messages.pinned_at, messages.pinned_by, messages.thread_id,"
          + " messages.also_in_room, messages.reply_count, messages.last_reply_at,"
          + " messages.mentions_room, messages.attachments, messages.encrypted, (SELECT group_concat(user_id) FROM message_mentions"
          + " WHERE message_mentions.message_id = messages.message_id) AS mentions,"
          + " (SELECT group_concat(first_reply || ' ' || user_id) FROM thread_participants"
          + " WHERE root_id = messages.message_id) AS participants";

  /** The messages of a room's timeline: all but the thread replies not also posted to the room. */
  private static final String IN_TIMELINE = "(thread_id IS NULL OR also_in_room = 1)";

  /** The replies of one thread, the root's messageId the statement's argument. */
  private static final String IN_THREAD = "thread_id = ?";

  private static final String SELECT = "SELECT " + COLUMNS + " FROM messages ";

  /** 128 random bits need at most 25 digits in base 36. */
  private static final int ID_DIGITS = 25;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Which way a page runs from its cursor. */
  private enum Direction {
    OLDER("<", "DESC"),
    NEWER(">", "ASC");

    final String comparison;
    final String order;

    Direction(String comparison, String order) {
      this.comparison = comparison;
      this.order = order;
    }
  }

  private final Database db;
  private final MessageWrites writes;

  EmbeddedMessageStore(MessageWrites writes) {
    this.db = writes.db();
    this.writes = writes;
  }

  /**
   * Inserts unless the (room, sender, clientMsgId) triple exists, then reads back whichever row
   * holds it, all in one transaction: its commit, synced to disk, is the durability point. A new
   * message is indexed for search, its mentions stored and, for a reply, its root's thread updated
   * in the same transaction, so all of it is visible once this returns and a resend changes none of
   * it. Appends arriving together share a transaction and its fsync ({@link GroupCommit}); each
   * returns only after that commit. A resend reads the original back as it is now (edited, reacted
   * to, or deleted since).
   */
  @Override
  public AppendResult append(NewMessage message) {
    String messageId = newMessageId();
    return writes
        .commits()
        .write(
            () -> {
              boolean created =
                  db.update(
                          "INSERT INTO messages (room_id, seq, message_id, sender_id, sender_name,"
                              + " content, client_msg_id, created_at, thread_id, also_in_room,"
                              + " mentions_room, encrypted) VALUES (?, (SELECT coalesce(max(seq), 0)"
                              + " + 1 FROM messages WHERE room_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                              + " ON CONFLICT (room_id, sender_id, client_msg_id) DO NOTHING",
                          message.roomId(),
                          message.roomId(),
                          messageId,
                          message.senderId(),
                          message.senderName(),
                          message.slot(),
                          message.clientMsgId(),
                          message.timestamp(),
                          message.threadId(),
                          message.alsoInRoom() ? 1 : 0,
                          message.mentions().room() ? 1 : 0,
                          message.encrypted() != null ? 1 : 0)
                      == 1;
              if (created) {
                attach(messageId, message);
                writes.searchIndex().add(messageId);
                MentionRows.add(db, messageId, message.mentions());
                if (message.threadId() != null) {
                  threadReplied(messageId, message);
                }
              }
              AppendResult stored =
                  db.queryFirst(
                          "SELECT messages.seq, "
                              + COLUMNS
                              + " FROM messages WHERE room_id = ? AND sender_id = ?"
                              + " AND client_msg_id = ?",
                          row -> new AppendResult(message(row), row.getLong("seq"), created),
                          message.roomId(),
                          message.senderId(),
                          message.clientMsgId())
                      .orElseThrow();
              if (!created) {
                return new AppendResult(
                    withReactions(db, List.of(stored.message())).getFirst(), stored.seq(), false);
              }
              return message.threadId() != null
                  ? new AppendResult(
                      stored.message(), stored.seq(), true, find(message.threadId()).orElseThrow())
                  : stored;
            });
  }

  /**
   * The new reply {@code replyId} changes its root: one more reply, the latest now, the replier
   * among the participants (at their first reply's seq) while it has room for them, and a new
   * change position for sync.
   */
  private void threadReplied(String replyId, NewMessage reply) {
    db.update(
        "UPDATE messages SET reply_count = reply_count + 1, last_reply_at = ?"
            + " WHERE message_id = ? AND room_id = ?",
        reply.timestamp(),
        reply.threadId(),
        reply.roomId());
    db.update(
        "INSERT INTO thread_participants (root_id, user_id, first_reply)"
            + " SELECT thread_id, sender_id, seq FROM messages WHERE message_id = ?"
            + " AND (SELECT count(*) FROM thread_participants WHERE root_id = ?) < ?"
            + " ON CONFLICT (root_id, user_id) DO NOTHING",
        replyId,
        reply.threadId(),
        ThreadStats.MAX_PARTICIPANTS);
    writes.changeLog().record(reply.roomId(), reply.threadId());
  }

  @Override
  public MessagePage newest(String roomId, int limit) {
    return page(roomId, IN_TIMELINE, List.of(), Long.MAX_VALUE, Direction.OLDER, limit);
  }

  @Override
  public Optional<MessagePage> before(String roomId, String messageId, int limit) {
    return pageFrom(roomId, messageId, Direction.OLDER, limit);
  }

  @Override
  public Optional<MessagePage> after(String roomId, String messageId, int limit) {
    return pageFrom(roomId, messageId, Direction.NEWER, limit);
  }

  @Override
  public MessagePage threadNewest(String roomId, String rootId, int limit) {
    return page(roomId, IN_THREAD, List.of(rootId), Long.MAX_VALUE, Direction.OLDER, limit);
  }

  @Override
  public Optional<MessagePage> threadBefore(
      String roomId, String rootId, String messageId, int limit) {
    return db.inTransaction(
        () ->
            db.queryFirst(
                    "SELECT seq FROM messages WHERE room_id = ? AND message_id = ?"
                        + " AND thread_id = ?",
                    row -> row.getLong("seq"),
                    roomId,
                    messageId,
                    rootId)
                .map(seq -> page(roomId, IN_THREAD, List.of(rootId), seq, Direction.OLDER, limit)));
  }

  @Override
  public Optional<Message> find(String messageId) {
    return withReactions(
            db, db.query(SELECT + "WHERE message_id = ?", EmbeddedMessageStore::message, messageId))
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Message> latest(String roomId) {
    return newest(roomId, 1).messages().stream().findFirst();
  }

  /** A page from the cursor message, looked up in the same room and the same transaction. */
  private Optional<MessagePage> pageFrom(
      String roomId, String messageId, Direction direction, int limit) {
    return db.inTransaction(
        () ->
            db.queryFirst(
                    "SELECT seq FROM messages WHERE room_id = ? AND message_id = ?",
                    row -> row.getLong("seq"),
                    roomId,
                    messageId)
                .map(seq -> page(roomId, IN_TIMELINE, List.of(), seq, direction, limit)));
  }

  /**
   * Up to {@code limit} messages of the room that pass {@code scope} (an SQL condition taking
   * {@code scopeArguments}) beyond {@code seq}, oldest first. One extra row is fetched to learn
   * whether more lie beyond the page.
   */
  private MessagePage page(
      String roomId,
      String scope,
      List<Object> scopeArguments,
      long seq,
      Direction direction,
      int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    List<Object> arguments = new ArrayList<>();
    arguments.add(roomId);
    arguments.addAll(scopeArguments);
    arguments.add(seq);
    arguments.add((long) limit + 1);
    List<Message> rows =
        db.query(
            SELECT
                + "WHERE room_id = ? AND "
                + scope
                + " AND seq "
                + direction.comparison
                + " ? ORDER BY seq "
                + direction.order
                + " LIMIT ?",
            EmbeddedMessageStore::message,
            arguments.toArray());
    boolean hasMore = rows.size() > limit;
    List<Message> page = rows.subList(0, Math.min(limit, rows.size()));
    return new MessagePage(
        withReactions(db, direction == Direction.OLDER ? page.reversed() : page), hasMore);
  }

  /** The participants column, {@code "seq userId"} pairs joined by commas, as userIds by seq. */
  private static List<String> participants(String joined) {
    return StoredMessage.ids(joined).stream()
        .map(pair -> pair.split(" ", 2))
        .sorted(Comparator.comparingLong(pair -> Long.parseLong(pair[0])))
        .map(pair -> pair[1])
        .toList();
  }

  /**
   * Random rather than time-ordered, so that nobody is tempted to sort by it: the order is {@code
   * seq}. Unique across rooms with overwhelming probability; a collision would fail the insert.
   */
  private static String newMessageId() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    String digits = new BigInteger(1, bits).toString(Character.MAX_RADIX);
    return "m_" + "0".repeat(ID_DIGITS - digits.length()) + digits;
  }

  /**
   * Links the message's files to it and keeps them beside it, in the append's transaction: unless
   * each is an unsent file of the sender's in the room, the whole append is rolled back.
   */
  private void attach(String messageId, NewMessage message) {
    List<String> fileIds = message.attachmentIds();
    if (fileIds.isEmpty()) {
      return;
    }
    List<FileRecord> files = new ArrayList<>();
    for (String fileId : fileIds) {
      files.add(
          db.queryFirst(
                  "SELECT * FROM files WHERE file_id = ? AND room_id = ? AND uploader_id = ?"
                      + " AND message_id IS NULL",
                  EmbeddedFileStore::record,
                  fileId,
                  message.roomId(),
                  message.senderId())
              .orElseThrow(UnusableAttachmentsException::new));
      db.update("UPDATE files SET message_id = ? WHERE file_id = ?", messageId, fileId);
    }
    db.update(
        "UPDATE messages SET attachments = ? WHERE message_id = ?",
        StoredMessage.attachmentsJson(files),
        messageId);
  }

  /** A message as {@link #COLUMNS} read it, without its reactions ({@link #withReactions}). */
  static Message message(ResultSet row) throws SQLException {
    Message text =
        Message.text(
            row.getString("message_id"),
            row.getString("room_id"),
            row.getString("sender_id"),
            row.getString("sender_name"),
            row.getString("content"),
            row.getLong("created_at"),
            row.getString("client_msg_id"));
    int replies = row.getInt("reply_count");
    Message stored =
        StoredMessage.of(
            text,
            row.getString("thread_id"),
            row.getInt("also_in_room") == 1,
            replies == 0
                ? null
                : new ThreadStats(
                    replies,
                    row.getLong("last_reply_at"),
                    participants(row.getString("participants"))),
            new Mentions(
                StoredMessage.ids(row.getString("mentions")), row.getInt("mentions_room") == 1));
    boolean deleted = row.getInt("deleted") == 1;
    return new ChangeableParts(
            stored.content(),
            row.getInt("encrypted") == 1,
            nullableLong(row, "edited_at"),
            deleted,
            null,
            nullableLong(row, "pinned_at"),
            row.getString("pinned_by"))
        .applyTo(
            StoredMessage.withAttachments(stored, deleted ? null : row.getString("attachments")));
  }

  private static Long nullableLong(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  /**
   * {@code messages} with their reactions, read in one query: each message's emoji in the order of
   * their first reaction, each emoji's users in the order they reacted.
   */
  static List<Message> withReactions(Database db, List<Message> messages) {
    if (messages.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, List<String>>> byMessage = new HashMap<>();
    db.query(
        "SELECT message_id, emoji, user_id FROM reactions WHERE message_id IN ("
            + String.join(", ", Collections.nCopies(messages.size(), "?"))
            + ") ORDER BY position",
        row -> {
          byMessage
              .computeIfAbsent(row.getString("message_id"), id -> new LinkedHashMap<>())
              .computeIfAbsent(row.getString("emoji"), emoji -> new ArrayList<>())
              .add(row.getString("user_id"));
          return null;
        },
        messages.stream().map(Message::messageId).toArray());
    return messages.stream()
        .map(
            message -> {
              Map<String, List<String>> reactions = byMessage.get(message.messageId());
              return reactions == null ? message : message.withReactions(reactions);
            })
        .toList();
  }
}
