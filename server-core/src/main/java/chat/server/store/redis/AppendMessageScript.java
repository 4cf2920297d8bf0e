package chat.server.store.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code append-message.lua}: the idempotent send. The dedupe check on (sender, clientMsgId), the
 * XADD, the room's message counter and the search index are one atomic step under the room's hash
 * tag, so concurrent resends of one message, from any node, store and index it once; a resend gets
 * the original entry back.
 */
final class AppendMessageScript {

  /**
   * The log entry that holds the message, and whether this call appended it; {@code seq} only for a
   * new one (a resend's message is read back whole by the caller).
   */
  record Outcome(String entryId, long seq, boolean created) {}

  private final LuaScript script = LuaScript.load("append-message.lua");

  /**
   * Appends {@code fields} as a new entry of the room's log, with a {@code seq} field from the
   * room's counter, keeps {@code content} in the room's contents, and indexes it under each of
   * {@code words} (distinct, folded), unless {@code senderId} already sent {@code clientMsgId}
   * there.
   */
  Outcome append(
      Redis redis,
      String roomId,
      String senderId,
      String clientMsgId,
      long timestamp,
      String content,
      Map<String, String> fields,
      List<String> words) {
    List<String> keys = new ArrayList<>();
    keys.add(RedisKeys.roomLog(roomId));
    keys.add(RedisKeys.roomMessageIds(roomId));
    keys.add(RedisKeys.roomSeq(roomId));
    keys.add(RedisKeys.roomSenderMessages(roomId, senderId));
    keys.add(RedisKeys.roomWords(roomId));
    keys.add(RedisKeys.roomContents(roomId));
    words.forEach(word -> keys.add(RedisKeys.roomWordMessages(roomId, word)));
    List<String> args = new ArrayList<>();
    args.add(RedisKeys.sentMessageField(senderId, clientMsgId));
    args.add(Long.toString(timestamp));
    args.add(content);
    args.add(Integer.toString(fields.size()));
    fields.forEach(
        (field, value) -> {
          args.add(field);
          args.add(value);
        });
    args.addAll(words);
    List<?> reply = (List<?>) script.run(redis, keys, args);
    String entryId = (String) reply.get(1);
    boolean created = Long.valueOf(1).equals(reply.get(0));
    return new Outcome(entryId, created ? (Long) reply.get(2) : 0, created);
  }
}
