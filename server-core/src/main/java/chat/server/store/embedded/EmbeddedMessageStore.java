package chat.server.store.embedded;

import chat.protocol.model.Message;
import chat.server.store.AppendResult;
import chat.server.store.ChangeableParts;
import chat.server.store.MessagePage;
import chat.server.store.MessageStore;
import chat.server.store.NewMessage;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The message log in {@code messages}. Each room's order is its {@code seq} column, given out under
 * the connection lock as one more than the room's highest; paging walks that column from a cursor
 * message's {@code seq}.
 */
final class EmbeddedMessageStore implements MessageStore {

  /** What {@link #message} reads, in any query of {@code messages}. */
  static final String COLUMNS =
      "messages.message_id, messages.room_id, messages.sender_id, messages.sender_name,"
          + " messages.content, messages.created_at, messages.client_msg_id, messages.edited_at,"
          + " messages.deleted, messages.pinned_at, messages.pinned_by";

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
  private final GroupCommit appends;
  private final EmbeddedSearchIndex searchIndex;

  EmbeddedMessageStore(Database db, GroupCommit appends, EmbeddedSearchIndex searchIndex) {
    this.db = db;
    this.appends = appends;
    this.searchIndex = searchIndex;
  }

  /**
   * Inserts unless the (room, sender, clientMsgId) triple exists, then reads back whichever row
   * holds it, all in one transaction: its commit, synced to disk, is the durability point. A new
   * message is indexed for search in the same transaction, so it is searchable once this returns.
   * Appends arriving together share a transaction and its fsync ({@link GroupCommit}); each returns
   * only after that commit.
   */
  @Override
  public AppendResult append(NewMessage message) {
    String messageId = newMessageId();
    return appends.write(
        () -> {
          boolean created =
              db.update(
                      "INSERT INTO messages (room_id, seq, message_id, sender_id, sender_name,"
                          + " content, client_msg_id, created_at) VALUES (?, (SELECT"
                          + " coalesce(max(seq), 0) + 1 FROM messages WHERE room_id = ?),"
                          + " ?, ?, ?, ?, ?, ?) ON CONFLICT (room_id, sender_id, client_msg_id)"
                          + " DO NOTHING",
                      message.roomId(),
                      message.roomId(),
                      messageId,
                      message.senderId(),
                      message.senderName(),
                      message.content(),
                      message.clientMsgId(),
                      message.timestamp())
                  == 1;
          if (created) {
            searchIndex.add(messageId);
          }
          return db.queryFirst(
                  "SELECT messages.seq, "
                      + COLUMNS
                      + " FROM messages WHERE room_id = ? AND sender_id = ? AND client_msg_id = ?",
                  row -> new AppendResult(message(row), row.getLong("seq"), created),
                  message.roomId(),
                  message.senderId(),
                  message.clientMsgId())
              .orElseThrow();
        });
  }

  @Override
  public MessagePage newest(String roomId, int limit) {
    return page(roomId, Long.MAX_VALUE, Direction.OLDER, limit);
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
                .map(seq -> page(roomId, seq, direction, limit)));
  }

  /**
   * Up to {@code limit} messages beyond {@code seq}, oldest first. One extra row is fetched to
   * learn whether more lie beyond the page.
   */
  private MessagePage page(String roomId, long seq, Direction direction, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    List<Message> rows =
        db.query(
            SELECT
                + "WHERE room_id = ? AND seq "
                + direction.comparison
                + " ? ORDER BY seq "
                + direction.order
                + " LIMIT ?",
            EmbeddedMessageStore::message,
            roomId,
            seq,
            (long) limit + 1);
    boolean hasMore = rows.size() > limit;
    List<Message> page = rows.subList(0, Math.min(limit, rows.size()));
    return new MessagePage(
        withReactions(db, direction == Direction.OLDER ? page.reversed() : page), hasMore);
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

  /** A message as {@link #COLUMNS} read it, without its reactions ({@link #withReactions}). */
  static Message message(ResultSet row) throws SQLException {
    Message stored =
        Message.text(
            row.getString("message_id"),
            row.getString("room_id"),
            row.getString("sender_id"),
            row.getString("sender_name"),
            row.getString("content"),
            row.getLong("created_at"),
            row.getString("client_msg_id"));
    return new ChangeableParts(
            stored.content(),
            nullableLong(row, "edited_at"),
            row.getInt("deleted") == 1,
            null,
            nullableLong(row, "pinned_at"),
            row.getString("pinned_by"))
        .applyTo(stored);
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
              return reactions == null ? message : withReactions(message, reactions);
            })
        .toList();
  }

  private static Message withReactions(Message message, Map<String, List<String>> reactions) {
    return new ChangeableParts(
            message.content(),
            message.editedAt(),
            Boolean.TRUE.equals(message.deleted()),
            reactions,
            message.pinnedAt(),
            message.pinnedBy())
        .applyTo(message);
  }
}
