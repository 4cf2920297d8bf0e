package chat.server.store.redis;

import java.util.ArrayList;
import java.util.List;

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
    UNCHANGED,
    NOT_FOUND,
    /** A cap would be exceeded. */
    LIMIT,
    /** The content is no longer the one the caller read: read again and retry. */
    STALE
  }

  private final LuaScript script;

  MessageChangeScript(String name) {
    this.script = LuaScript.recordingChanges(name);
  }

  /**
   * Runs the script on the message of {@code entryId}: KEYS are the log, its state, the change
   * counter and the changed messages, then {@code keys}; ARGV the entry id, then {@code args}.
   */
  Reply run(Redis redis, String roomId, String entryId, List<String> keys, List<String> args) {
    List<String> allKeys = new ArrayList<>();
    allKeys.add(RedisKeys.roomLog(roomId));
    allKeys.add(RedisKeys.messageState(roomId, entryId));
    allKeys.add(RedisKeys.roomChangeSeq(roomId));
    allKeys.add(RedisKeys.roomChanges(roomId));
    allKeys.addAll(keys);
    List<String> allArgs = new ArrayList<>();
    allArgs.add(entryId);
    allArgs.addAll(args);
    return Reply.valueOf((String) script.run(redis, allKeys, allArgs));
  }
}
