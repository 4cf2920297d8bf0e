package chat.server.store.redis;

import chat.server.store.ReadCursorStore.Advance;
import java.util.List;

/**
 * {@code advance-read-cursor.lua}: the check that the message is in the room's log and the
 * forward-only move of the cursor (with its place in the order of cursors and its entry), as one
 * atomic step under the room's hash tag, so two nodes advancing one user's cursor at once never
 * move it back.
 */
final class AdvanceReadCursorScript {

  private final LuaScript script = LuaScript.load("advance-read-cursor.lua");

  /** Moves the cursor to the entry {@code entryId} (well formed) of the room's log, if forward. */
  Advance advance(Redis redis, String roomId, String userId, String entryId) {
    Object reply =
        script.run(
            redis,
            List.of(
                RedisKeys.roomLog(roomId),
                RedisKeys.roomReadCursors(roomId),
                RedisKeys.roomReadOrder(roomId),
                RedisKeys.roomReadEntries(roomId)),
            List.of(entryId, userId));
    return Advance.valueOf((String) reply);
  }
}
