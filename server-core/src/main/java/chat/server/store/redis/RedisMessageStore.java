package chat.server.store.redis;

import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import chat.protocol.search.SearchText;
import chat.server.store.AppendResult;
import chat.server.store.FileKind;
import chat.server.store.FileRecord;
import chat.server.store.MessagePage;
import chat.server.store.MessageStore;
import chat.server.store.NewMessage;
import chat.server.store.StoredMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * only what never does (sender, time, the thread it replies to, the mentions it was sent with); the
 * content is kept in the room's contents and the rest of what can change (edits, deletion,
 * reactions, pins, a root's replies) in each message's state ({@link RedisMessages} reads the three
 * together, {@link RedisMessageChangeStore} changes them; decision record 0009).
 *
 * <p><b>Seq and index.</b> The append also gives each entry a {@code seq} field, the room's message
 * count so far (for {@link RedisReadCursorStore}'s exact unread counts), and indexes its words for
 * {@link RedisSearchIndex}, all in the one script. Every entry has both: the Redis mode was never
 * deployed before they existed, so there is no older log to migrate.
 *
 * <p><b>Timeline and threads.</b> Thread replies not also posted to the room stay in the log (they
 * take their seq in the room's one order) but out of the timeline: paging reads the log a chunk of
 * a page's size at a time and skips them, so a page costs one more round trip for each chunk wholly
 * taken by such replies. A thread's replies are found by its own sorted set ({@link
 * RedisKeys#threadReplies}).
 *
 * <p><b>Durability.</b> {@link #append} returns once Redis has applied the script and, when {@link
 * RedisDurability} names replicas, once that many have confirmed it ({@code WAIT}); else the
 * message survives a crash of Redis only if Redis runs with {@code appendonly yes} and {@code
 * appendfsync always}, which writes and fsyncs the append-only file before Redis replies, and which
 * opening checks. With {@code everysec} (accepted only in the relaxed mode), a crash of the Redis
 * host loses up to about two seconds of acknowledged messages; with persistence off, everything
 * since the last snapshot. The operator's Redis configuration is therefore part of the protocol's
 * promise that no acknowledged message is lost (decision record 0016).
 */
final class RedisMessageStore implements MessageStore {

  private static final Pattern ENTRY_ID = Pattern.compile("\\d{1,20}-\\d{1,20}");

  /** The most log entries one read of a timeline page asks for. */
  private static final int LARGEST_CHUNK = 1_000;

  private final Redis redis;
  private final RedisMessages messages;
  private final AppendMessageScript appendMessage = new AppendMessageScript();
  private final RedisFileStore files;

  RedisMessageStore(Redis redis, RedisMessages messages, RedisFileStore files) {
    this.redis = redis;
    this.messages = messages;
    this.files = files;
  }

  /**
   * A resend reads the original back whole, as it is now (edited, or deleted, since); a new reply
   * reads its root back as the reply left it.
   */
  @Override
  public AppendResult append(NewMessage message) {
    String roomId = message.roomId();
    String rootEntryId =
        message.threadId() == null
            ? null
            : entryIdIn(roomId, message.threadId())
                .orElseThrow(
                    () -> new IllegalArgumentException("the root is no message of " + roomId));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("senderId", message.senderId());
    fields.put("senderName", message.senderName());
    fields.put("clientMsgId", message.clientMsgId());
    fields.put("timestamp", Long.toString(message.timestamp()));
    if (message.threadId() != null) {
      fields.put("threadId", message.threadId());
    }
    if (message.alsoInRoom()) {
      fields.put("alsoInRoom", "1");
    }
    if (!message.mentions().userIds().isEmpty()) {
      fields.put("mentions", StoredMessage.joined(message.mentions().userIds()));
    }
    if (message.mentions().room()) {
      fields.put("mentionsRoom", "1");
    }
    boolean inClear = message.encrypted() == null;
    if (!inClear) {
      fields.put("encrypted", "1");
    }
    List<FileRecord> attached =
        message.attachmentIds().isEmpty()
            ? List.of()
            : files.recordsIn(roomId, message.attachmentIds());
    List<Attachment> attachments = attached.stream().map(FileRecord::attachment).toList();
    String attachmentsJson = attached.isEmpty() ? null : StoredMessage.attachmentsJson(attached);
    AppendMessageScript.Outcome outcome =
        appendMessage.append(
            redis,
            message,
            rootEntryId,
            fields,
            attachmentsJson,
            inClear ? SearchText.indexedWords(message.content(), attachments) : List.of(),
            inClear ? FileKind.of(attachments) : Set.of());
    if (!outcome.created()) {
      StreamEntry original =
          redis
              .call(
                  "read a resent message",
                  jedis ->
                      jedis.xrange(
                          RedisKeys.roomLog(roomId), outcome.entryId(), outcome.entryId(), 1))
              .getFirst();
      return new AppendResult(
          messages.of(roomId, List.of(original)).getFirst(),
          Long.parseLong(original.getFields().get("seq")),
          false);
    }
    files.unlist(roomId, message.attachmentIds());
    Message stored =
        RedisMessages.message(
            roomId, outcome.entryId(), fields, message.slot(), attachmentsJson, Map.of());
    if (rootEntryId == null) {
      return new AppendResult(stored, outcome.seq(), true);
    }
    return new AppendResult(
        stored, outcome.seq(), true, messages.byEntryIds(roomId, List.of(rootEntryId)).getFirst());
  }

  @Override
  public MessagePage newest(String roomId, int limit) {
    int count = oneBeyond(limit);
    return timeline(
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

  @Override
  public MessagePage threadNewest(String roomId, String rootId, int limit) {
    return entryIdIn(roomId, rootId)
        .map(root -> threadPage(roomId, root, "+inf", limit))
        .orElse(new MessagePage(List.of(), false));
  }

  @Override
  public Optional<MessagePage> threadBefore(
      String roomId, String rootId, String messageId, int limit) {
    Optional<String> root = entryIdIn(roomId, rootId);
    Optional<String> cursor = entryIdIn(roomId, messageId);
    if (root.isEmpty() || cursor.isEmpty()) {
      return Optional.empty();
    }
    Double seq =
        redis.call(
            "find thread reply",
            jedis -> jedis.zscore(RedisKeys.threadReplies(roomId, root.get()), cursor.get()));
    return Optional.ofNullable(seq)
        .map(found -> threadPage(roomId, root.get(), "(" + found.longValue(), limit));
  }

  /** Up to {@code limit} replies of the thread scored below {@code max}, oldest first. */
  private MessagePage threadPage(String roomId, String rootEntryId, String max, int limit) {
    int count = oneBeyond(limit);
    List<String> ids =
        redis.call(
            "page thread",
            jedis ->
                jedis.zrevrangeByScore(
                    RedisKeys.threadReplies(roomId, rootEntryId), max, "-inf", 0, count));
    List<Message> replies = messages.byEntryIds(roomId, ids.stream().limit(limit).toList());
    return new MessagePage(replies.reversed(), ids.size() > limit);
  }

  /**
   * The timeline page beyond the cursor entry, which must be in this room's log; the cursor's check
   * and the first chunk go in one round trip. A log only grows, so a cursor seen to exist stays
   * valid.
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
    return Optional.of(timeline(roomId, replies.getLast(), limit, older));
  }

  /**
   * Up to {@code limit} timeline messages, oldest first, from {@code chunk} (read {@link
   * #oneBeyond} the limit, newest first when {@code older}) and as many further chunks as the
   * thread-only replies among them take the place of. Each further chunk is four times the last, up
   * to {@value #LARGEST_CHUNK} entries, so a long run of such replies costs few round trips.
   */
  private MessagePage timeline(String roomId, List<StreamEntry> chunk, int limit, boolean older) {
    String log = RedisKeys.roomLog(roomId);
    List<StreamEntry> kept = new ArrayList<>();
    List<StreamEntry> read = chunk;
    int asked = oneBeyond(limit);
    while (true) {
      read.stream().filter(RedisMessageStore::inTimeline).forEach(kept::add);
      if (kept.size() > limit || read.size() < asked) {
        break;
      }
      String beyond = "(" + read.getLast().getID();
      int count = Math.max(asked, (int) Math.min(4L * asked, LARGEST_CHUNK));
      read =
          redis.call(
              "page messages",
              jedis ->
                  older
                      ? jedis.xrevrange(log, beyond, "-", count)
                      : jedis.xrange(log, beyond, "+", count));
      asked = count;
    }
    List<Message> page = messages.of(roomId, kept.subList(0, Math.min(limit, kept.size())));
    return new MessagePage(older ? page.reversed() : page, kept.size() > limit);
  }

  private static boolean inTimeline(StreamEntry entry) {
    Map<String, String> fields = entry.getFields();
    return !fields.containsKey("threadId") || fields.containsKey("alsoInRoom");
  }

  /** The messageId of the entry {@code entryId} of the room's log: the inverse of entryIdIn. */
  static String messageIdOf(String roomId, String entryId) {
    return roomId + "/" + entryId;
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
