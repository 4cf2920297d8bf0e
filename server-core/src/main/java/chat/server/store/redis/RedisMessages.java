package chat.server.store.redis;

import chat.protocol.ProtocolJson;
import chat.protocol.model.Message;
import chat.server.store.ChangeableParts;
import chat.server.store.Mentions;
import chat.server.store.StoredMessage;
import chat.server.store.ThreadStats;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Reads messages whole: a log entry holds what never changes (sender, time, clientMsgId, seq, the
 * thread it replies to, the mentions it was sent with); the room's contents ({@link
 * RedisKeys#roomContents}) the content and the attachments; the message's state ({@link
 * RedisKeys#messageState}) what changed since (edited, deleted, reactions, pin, a root's
 * replyCount, lastReplyAt and participants, and the mentions of an edited or deleted message, which
 * replace the entry's). Entries written before content moved out of the log still hold a {@code
 * content} field, and before attachments did an {@code attachments} field, each read when the
 * contents have none for them. Every read of messages, by the store, the search and the change log,
 * goes through here, so all see one message the same way.
 */
final class RedisMessages {

  private final Redis redis;

  RedisMessages(Redis redis) {
    this.redis = redis;
  }

  /** The messages of these log entries of the room, in their order; one round trip. */
  List<Message> of(String roomId, List<StreamEntry> entries) {
    if (entries.isEmpty()) {
      return List.of();
    }
    return redis.pipelined("read messages", pipeline -> queue(pipeline, roomId, entries));
  }

  /**
   * Queues the reads of these entries' contents and states on {@code pipeline}, for a caller that
   * reads several rooms' messages in one round trip; the messages, once the pipeline has synced.
   */
  static Supplier<List<Message>> queue(
      AbstractPipeline pipeline, String roomId, List<StreamEntry> entries) {
    if (entries.isEmpty()) {
      return List::of;
    }
    String[] ids = entries.stream().map(entry -> entry.getID().toString()).toArray(String[]::new);
    String[] fields = new String[2 * ids.length];
    for (int i = 0; i < ids.length; i++) {
      fields[2 * i] = ids[i];
      fields[2 * i + 1] = RedisKeys.attachmentsField(ids[i]);
    }
    Response<List<String>> contents = pipeline.hmget(RedisKeys.roomContents(roomId), fields);
    List<Response<Map<String, String>>> states = new ArrayList<>();
    for (String id : ids) {
      states.add(pipeline.hgetAll(RedisKeys.messageState(roomId, id)));
    }
    return () -> {
      List<Message> messages = new ArrayList<>();
      for (int i = 0; i < ids.length; i++) {
        StreamEntry entry = entries.get(i);
        messages.add(
            message(
                roomId,
                entry.getID().toString(),
                entry.getFields(),
                contents.get().get(2 * i),
                contents.get().get(2 * i + 1),
                states.get(i).get()));
      }
      return messages;
    };
  }

  /** The messages of these entry ids of the room, in their order, leaving out missing ones. */
  List<Message> byEntryIds(String roomId, List<String> entryIds) {
    String log = RedisKeys.roomLog(roomId);
    List<StreamEntry> entries =
        redis.pipelined(
            "read entries",
            pipeline -> {
              List<Response<List<StreamEntry>>> replies =
                  entryIds.stream().map(id -> pipeline.xrange(log, id, id, 1)).toList();
              return () -> replies.stream().flatMap(reply -> reply.get().stream()).toList();
            });
    return of(roomId, entries);
  }

  /**
   * The message of the log entry {@code entryId} with these {@code fields}, its content and
   * attachments as the room's contents hold them (null: in the entry, if anywhere, as older entries
   * held them), and its state hash (empty when it never changed).
   */
  static Message message(
      String roomId,
      String entryId,
      Map<String, String> fields,
      String content,
      String attachments,
      Map<String, String> state) {
    boolean deleted = "1".equals(state.get("deleted"));
    Message text =
        Message.text(
            roomId + "/" + entryId,
            roomId,
            fields.get("senderId"),
            fields.get("senderName"),
            "",
            Long.parseLong(fields.get("timestamp")),
            fields.get("clientMsgId"));
    String replies = state.get("replyCount");
    Map<String, String> mentions = state.containsKey("mentions") ? state : fields;
    Message stored =
        StoredMessage.of(
            text,
            fields.get("threadId"),
            fields.containsKey("alsoInRoom"),
            replies == null
                ? null
                : new ThreadStats(
                    Integer.parseInt(replies),
                    Long.parseLong(state.get("lastReplyAt")),
                    StoredMessage.ids(state.get("participants"))),
            new Mentions(
                StoredMessage.ids(mentions.get("mentions")),
                "1".equals(mentions.get("mentionsRoom"))));
    return new ChangeableParts(
            deleted ? "" : content != null ? content : fields.getOrDefault("content", ""),
            fields.containsKey("encrypted"),
            number(state.get("editedAt")),
            deleted,
            reactions(state.get("reactionList")),
            number(state.get("pinnedAt")),
            state.get("pinnedBy"))
        .applyTo(
            StoredMessage.withAttachments(
                stored,
                deleted ? null : attachments != null ? attachments : fields.get("attachments")));
  }

  private static Long number(String value) {
    return value == null ? null : Long.valueOf(value);
  }

  /** {@code react.lua}'s {@code [[emoji, [userId…]]…]}, in its order. */
  private static Map<String, List<String>> reactions(String json) {
    if (json == null) {
      return null;
    }
    try {
      Map<String, List<String>> reactions = new LinkedHashMap<>();
      for (JsonNode reaction : ProtocolJson.mapper().readTree(json)) {
        List<String> users = new ArrayList<>();
        reaction.get(1).forEach(user -> users.add(user.asText()));
        reactions.put(reaction.get(0).asText(), users);
      }
      return reactions;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable reactions in Redis: " + json, e);
    }
  }
}
