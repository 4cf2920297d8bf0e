package chat.server.store.redis;

import chat.protocol.model.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A script that changes one stored message of a room: {@code edit-message.lua}, {@code
 * delete-message.lua}, {@code react.lua}, {@code pin-message.lua}. Each runs after {@code
 * record-change.lua} ({@link LuaScript#recordingChanges}), so the change and its place in the
 * room's change log are one atomic step under the room's hash tag; and each takes that file's first
 * keys and argument, which {@link #run} puts in front of the script's own.
 */
final class MessageChangeScript {

  /** What a change script answers. */
  enum Reply {
    CHANGED,
    /** Changed, and the message left the room's pins ({@code delete-message.lua}). */
    UNPINNED,
    UNCHANGED,
    NOT_FOUND,
    /** A cap would be exceeded. */
    LIMIT,
    /** The content is no longer the one the caller read: read again and retry. */
    STALE
  }

  /**
   * A script's answer: its reply, and the message as the change left it from a script that answers
   * it ({@code edit-message.lua}: its entry's fields, content, state and attachments), else null.
   */
  record Answer(Reply reply, Message message) {

    private static Answer of(String roomId, String entryId, Object raw) {
      if (raw instanceof List<?> parts) {
        return new Answer(
            Reply.valueOf((String) parts.get(0)),
            RedisMessages.message(
                roomId,
                entryId,
                map(parts.get(1)),
                (String) parts.get(2),
                (String) parts.get(4),
                map(parts.get(3))));
      }
      return new Answer(Reply.valueOf((String) raw), null);
    }

    /** A flat list of names and values, as XRANGE and HGETALL answer inside a script. */
    private static Map<String, String> map(Object flat) {
      List<?> items = (List<?>) flat;
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i + 1 < items.size(); i += 2) {
        map.put((String) items.get(i), (String) items.get(i + 1));
      }
      return map;
    }
  }

  private final LuaScript script;

  MessageChangeScript(String name) {
    this.script = LuaScript.recordingChanges(name);
  }

  /**
   * Runs the script on the message of {@code entryId}: KEYS are the log, its state, the change
   * counter and the changed messages, then {@code keys}; ARGV the entry id, then {@code args}.
   */
  Answer run(Redis redis, String roomId, String entryId, List<String> keys, List<String> args) {
    List<String> allKeys = new ArrayList<>();
    allKeys.add(RedisKeys.roomLog(roomId));
    allKeys.add(RedisKeys.messageState(roomId, entryId));
    allKeys.add(RedisKeys.roomChangeSeq(roomId));
    allKeys.add(RedisKeys.roomChanges(roomId));
    allKeys.addAll(keys);
    List<String> allArgs = new ArrayList<>();
    allArgs.add(entryId);
    allArgs.addAll(args);
    return Answer.of(roomId, entryId, script.runAcknowledged(redis, allKeys, allArgs));
  }
}
