package chat.server.store.redis;

import java.util.List;

/**
 * {@code rotate-session.lua}: the check of a session's refresh token id and its replacement, as one
 * step, so that of two rotations presenting the same id only one wins.
 */
final class RotateSessionScript {

  private final LuaScript script = LuaScript.load("rotate-session.lua");

  /** Whether the session was live at {@code now} with {@code expectedTokenId}, and now rotated. */
  boolean rotate(
      Redis redis,
      String sessionId,
      String expectedTokenId,
      String newTokenId,
      long now,
      long newExpiresAt,
      long ttlMillis) {
    return script.runForYes(
        redis,
        List.of(RedisKeys.sessionInfo(sessionId)),
        List.of(
            expectedTokenId,
            newTokenId,
            Long.toString(now),
            Long.toString(newExpiresAt),
            Long.toString(ttlMillis)));
  }
}
