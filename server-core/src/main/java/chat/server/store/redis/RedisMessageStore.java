package chat.server.store.redis;

import chat.protocol.model.Message;
import chat.server.store.AppendResult;
import chat.server.store.MessagePage;
import chat.server.store.MessageStore;
import chat.server.store.NewMessage;
import chat.server.store.SearchText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import redis.clients.jedis.Response;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Each room's log is a stream ({@link RedisKeys#roomLog}); the entry id Redis gives out on XADD is
 * the room's one order, and paging walks it with XRANGE/XREVRANGE and exclusive bounds.
 *
 * <p><b>Message ids.</b> Entry ids are unique only within their stream (two rooms get the same id
 * in the same millisecond), so a message id is {@code roomId/entryId}: unique everywhere, and a
 * cursor from another room is recognized as such instead of pointing into this room's log. Clients
 * never parse it.
 *
 * <p><b>What changes lives outside the log.</b> A stream entry cannot change, so an entry holds
 * only what never does; the content is kept in the room's contents and the rest of what can change
 * in each message's state ({@link RedisMessages} reads the three together, {@link
 * RedisMessageChangeStore} changes them; decision record 0009).
 *
 * <p><b>Seq and index.</b> The append also gives each entry a {@code seq} field, the room's message
 * count so far (for {@link RedisReadCursorStore}'s exact unread counts), and indexes its words for
 * {@link RedisSearchIndex}, all in the one script. Every entry has both: the Redis mode was never
 * deployed before they existed, so there is no older log to migrate.
 *
 * <p><b>Durability.</b> {@link #append} returns once Redis has applied the script; the message
 * survives a crash of Redis only if Redis runs with {@code appendonly yes} and {@code appendfsync
 * always}, which writes and fsyncs the append-only file before Redis replies. With the default
 * {@code everysec}, a crash of the Redis host loses up to about a second of acknowledged messages;
 * with persistence off, everything since the last snapshot. (Replication does not help: it is
 * asynchronous.) The operator's Redis configuration is therefore part of the protocol's promise
 * that no acknowledged message is lost.
 */
final class RedisMessageStore implements MessageStore {

  private static final Pattern ENTRY_ID = Pattern.compile("\\d{1,20}-\\d{1,20}");

  private final Redis redis;
  private final RedisMessages messages;
  private final AppendMessageScript appendMessage = new AppendMessageScript();

  RedisMessageStore(Redis redis, RedisMessages messages) {
    this.redis = redis;
    this.messages = messages;
  }

  /** A resend reads the original back whole, as it is now (edited, or deleted, since). */
  @Override
  public AppendResult append(NewMessage message) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("senderId", message.senderId());
    fields.put("senderName", message.senderName());
    fields.put("clientMsgId", message.clientMsgId());
    fields.put("timestamp", Long.toString(message.timestamp()));
    AppendMessageScript.Outcome outcome =
        appendMessage.append(
            redis,
            message.roomId(),
            message.senderId(),
            message.clientMsgId(),
            message.timestamp(),
            message.content(),
            fields,
            SearchText.foldedWords(message.content()).stream().distinct().toList());
    String messageId = message.roomId() + "/" + outcome.entryId();
    if (outcome.created()) {
      return new AppendResult(
          Message.text(
              messageId,
              message.roomId(),
              message.senderId(),
              message.senderName(),
              message.content(),
              message.timestamp(),
              message.clientMsgId()),
          outcome.seq(),
          true);
    }
    StreamEntry original =
        redis
            .call(
                "read a resent message",
                jedis ->
                    jedis.xrange(
                        RedisKeys.roomLog(message.roomId()),
                        outcome.entryId(),
                        outcome.entryId(),
                        1))
            .getFirst();
    return new AppendResult(
        messages.of(message.roomId(), List.of(original)).getFirst(),
        Long.parseLong(original.getFields().get("seq")),
        false);
  }

  @Override
  public MessagePage newest(String roomId, int limit) {
    int count = oneBeyond(limit);
    return page(
        roomId,
        redis.call(
            "newest messages",
            jedis -> jedis.xrevrange(RedisKeys.roomLog(roomId), "+", "-", count)),
        limit,
        true);
  }

  @Override
  public Optional<MessagePage> before(String roomId, String messageId, int limit) {
    return pageFrom(roomId, messageId, limit, true);
  }

  @Override
  public Optional<MessagePage> after(String roomId, String messageId, int limit) {
    return pageFrom(roomId, messageId, limit, false);
  }

  @Override
  public Optional<Message> find(String messageId) {
    int slash = messageId.lastIndexOf('/');
    if (slash < 1) {
      return Optional.empty();
    }
    String roomId = messageId.substring(0, slash);
    return entryIdIn(roomId, messageId)
        .flatMap(id -> messages.byEntryIds(roomId, List.of(id)).stream().findFirst());
  }

  @Override
  public Optional<Message> latest(String roomId) {
    return newest(roomId, 1).messages().stream().findFirst();
  }

  /**
   * The page beyond the cursor entry, which must be in this room's log; both reads go in one round
   * trip. A log only grows, so a cursor seen to exist stays valid.
   */
  private Optional<MessagePage> pageFrom(
      String roomId, String messageId, int limit, boolean older) {
    int count = oneBeyond(limit);
    Optional<String> entryId = entryIdIn(roomId, messageId);
    if (entryId.isEmpty()) {
      return Optional.empty();
    }
    String id = entryId.get();
    String log = RedisKeys.roomLog(roomId);
    List<List<StreamEntry>> replies =
        redis.pipelined(
            "page messages",
            pipeline -> {
              Response<List<StreamEntry>> cursor = pipeline.xrange(log, id, id, 1);
              Response<List<StreamEntry>> page =
                  older
                      ? pipeline.xrevrange(log, "(" + id, "-", count)
                      : pipeline.xrange(log, "(" + id, "+", count);
              return () -> List.of(cursor.get(), page.get());
            });
    if (replies.getFirst().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(page(roomId, replies.getLast(), limit, older));
  }

  /** Up to {@code limit} of {@code entries} (read {@link #oneBeyond} it), oldest first. */
  private MessagePage page(
      String roomId, List<StreamEntry> entries, int limit, boolean newestFirst) {
    List<Message> page = messages.of(roomId, entries.stream().limit(limit).toList());
    return new MessagePage(newestFirst ? page.reversed() : page, entries.size() > limit);
  }

  /** The entry id of a message id of this room's; empty for another room's or a malformed one. */
  static Optional<String> entryIdIn(String roomId, String messageId) {
    String prefix = roomId + "/";
    if (!messageId.startsWith(prefix)) {
      return Optional.empty();
    }
    String entryId = messageId.substring(prefix.length());
    return ENTRY_ID.matcher(entryId).matches() ? Optional.of(entryId) : Optional.empty();
  }

  /** How many entries to read for a page of {@code limit}: one more, to learn about the rest. */
  private static int oneBeyond(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    return limit == Integer.MAX_VALUE ? limit : limit + 1;
  }
}
