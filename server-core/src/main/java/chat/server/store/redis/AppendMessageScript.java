package chat.server.store.redis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code append-message.lua}: the idempotent send. The dedupe check on (sender, clientMsgId), the
 * XADD, the room's message counter and the search index are one atomic step under the room's hash
 * tag, so concurrent resends of one message, from any node, store and index it once; a resend gets
 * the original entry back.
 */
final class AppendMessageScript {

  /** The log entry that holds the message, and whether this call appended it. */
  record Outcome(String entryId, Map<String, String> fields, boolean created) {}

  private final LuaScript script = LuaScript.load("append-message.lua");

  /**
   * Appends {@code fields} as a new entry of the room's log, with a {@code seq} field from the
   * room's counter, and indexes it under each of {@code words} (distinct, folded), unless {@code
   * senderId} already sent {@code clientMsgId} there.
   */
  Outcome append(
      Redis redis,
      String roomId,
      String senderId,
      String clientMsgId,
      long timestamp,
      Map<String, String> fields,
      List<String> words) {
    List<String> keys = new ArrayList<>();
    keys.add(RedisKeys.roomLog(roomId));
    keys.add(RedisKeys.roomMessageIds(roomId));
    keys.add(RedisKeys.roomSeq(roomId));
    keys.add(RedisKeys.roomSenderMessages(roomId, senderId));
    keys.add(RedisKeys.roomWords(roomId));
    words.forEach(word -> keys.add(RedisKeys.roomWordMessages(roomId, word)));
    List<String> args = new ArrayList<>();
    args.add(RedisKeys.sentMessageField(senderId, clientMsgId));
    args.add(Long.toString(timestamp));
    args.add(Integer.toString(fields.size()));
    fields.forEach(
        (field, value) -> {
          args.add(field);
          args.add(value);
        });
    args.addAll(words);
    List<?> reply = (List<?>) script.run(redis, keys, args);
    String entryId = (String) reply.get(1);
    if (Long.valueOf(1).equals(reply.get(0))) {
      Map<String, String> stored = new LinkedHashMap<>();
      stored.put("seq", reply.get(2).toString());
      stored.putAll(fields);
      return new Outcome(entryId, stored, true);
    }
    return new Outcome(entryId, pairs((List<?>) reply.get(2)), false);
  }

  /** A flat reply of fields and values, in pairs, as a map in the same order. */
  private static Map<String, String> pairs(List<?> flat) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i + 1 < flat.size(); i += 2) {
      fields.put((String) flat.get(i), (String) flat.get(i + 1));
    }
    return fields;
  }
}
