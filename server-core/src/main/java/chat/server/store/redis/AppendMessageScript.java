package chat.server.store.redis;

import chat.server.store.NewMessage;
import chat.server.store.ThreadStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code append-message.lua}: the idempotent send. The dedupe check on (sender, clientMsgId), the
 * XADD, the room's message counter, the search index, the mention counters and a reply's change to
 * its root are one atomic step under the room's hash tag, so concurrent resends of one message,
 * from any node, store, index and count it once; a resend gets the original entry back.
 */
final class AppendMessageScript {

  /**
   * The log entry that holds the message, and whether this call appended it; for a new reply, the
   * root's state hash after it ({@link RedisKeys#messageState}), else empty.
   */
  record Outcome(
      String entryId, Map<String, String> fields, boolean created, Map<String, String> rootState) {}

  private final LuaScript script = LuaScript.load("append-message.lua");

  /**
   * Appends {@code fields} as a new entry of the room's log, with a {@code seq} field from the
   * room's counter, indexes it under each of {@code words} (distinct, folded) and counts its
   * mentions and, when {@code rootEntryId} is not null, its thread's reply, unless the sender
   * already sent the message's {@code clientMsgId} there.
   */
  Outcome append(
      Redis redis,
      NewMessage message,
      String rootEntryId,
      Map<String, String> fields,
      List<String> words) {
    String roomId = message.roomId();
    String senderId = message.senderId();
    List<String> keys = new ArrayList<>();
    keys.add(RedisKeys.roomLog(roomId));
    keys.add(RedisKeys.roomMessageIds(roomId));
    keys.add(RedisKeys.roomSeq(roomId));
    keys.add(RedisKeys.roomSenderMessages(roomId, senderId));
    keys.add(RedisKeys.roomWords(roomId));
    keys.add(RedisKeys.roomWideMentions(roomId));
    keys.add(RedisKeys.roomWideMentionsFrom(roomId, senderId));
    keys.add(RedisKeys.roomThreadOnly(roomId));
    keys.add(RedisKeys.roomThreadOnlyFrom(roomId, senderId));
    keys.add(RedisKeys.roomChangeSeq(roomId));
    keys.add(RedisKeys.roomChanges(roomId));
    if (rootEntryId != null) {
      keys.add(RedisKeys.messageState(roomId, rootEntryId));
      keys.add(RedisKeys.threadReplies(roomId, rootEntryId));
      keys.add(RedisKeys.threadParticipants(roomId, rootEntryId));
    }
    List<String> mentioned =
        message.mentions().userIds().stream().filter(id -> !id.equals(senderId)).toList();
    mentioned.forEach(userId -> keys.add(RedisKeys.roomMentionsOf(roomId, userId)));
    words.forEach(word -> keys.add(RedisKeys.roomWordMessages(roomId, word)));
    List<String> args = new ArrayList<>();
    args.add(RedisKeys.sentMessageField(senderId, message.clientMsgId()));
    args.add(Long.toString(message.timestamp()));
    args.add(senderId);
    args.add(rootEntryId == null ? "" : rootEntryId);
    args.add(flag(message.alsoInRoom()));
    args.add(flag(message.mentions().room()));
    args.add(Integer.toString(mentioned.size()));
    args.add(Integer.toString(ThreadStats.MAX_PARTICIPANTS));
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
      return new Outcome(entryId, stored, true, pairs((List<?>) reply.get(3)));
    }
    return new Outcome(entryId, pairs((List<?>) reply.get(2)), false, Map.of());
  }

  private static String flag(boolean set) {
    return set ? "1" : "0";
  }

  /** A flat reply of fields and values, in pairs, as a map in the same order. */
  static Map<String, String> pairs(List<?> flat) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i + 1 < flat.size(); i += 2) {
      fields.put((String) flat.get(i), (String) flat.get(i + 1));
    }
    return fields;
  }
}
