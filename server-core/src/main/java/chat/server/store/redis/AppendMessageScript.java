package chat.server.store.redis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code append-message.lua}: the idempotent send. The dedupe check on (sender, clientMsgId) and
 * the XADD are one atomic step under the room's hash tag, so concurrent resends of one message,
 * from any node, store it once; a resend gets the original entry back.
 */
final class AppendMessageScript {

  /** The log entry that holds the message, and whether this call appended it. */
  record Outcome(String entryId, Map<String, String> fields, boolean created) {}

  private final LuaScript script = LuaScript.load("append-message.lua");

  /**
   * Appends {@code fields} as a new entry of the room's log unless {@code senderId} already sent
   * {@code clientMsgId} there.
   */
  Outcome append(
      Redis redis, String roomId, String senderId, String clientMsgId, Map<String, String> fields) {
    List<String> args = new ArrayList<>();
    args.add(RedisKeys.sentMessageField(senderId, clientMsgId));
    fields.forEach(
        (field, value) -> {
          args.add(field);
          args.add(value);
        });
    List<?> reply =
        (List<?>)
            script.run(
                redis, List.of(RedisKeys.roomLog(roomId), RedisKeys.roomMessageIds(roomId)), args);
    String entryId = (String) reply.get(1);
    if (Long.valueOf(1).equals(reply.get(0))) {
      return new Outcome(entryId, fields, true);
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
