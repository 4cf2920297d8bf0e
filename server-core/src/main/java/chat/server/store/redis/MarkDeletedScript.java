package chat.server.store.redis;

import java.util.List;

/**
 * {@code mark-deleted.lua}: puts an account in {@link RedisKeys#deletedUsers} and {@link
 * RedisKeys#deactivatedUsers} at once, refusing the owner and an account already deleted in the
 * same atomic step.
 */
final class MarkDeletedScript {

  private final LuaScript script = LuaScript.load("mark-deleted.lua");

  /** Whether the account was marked now; false, changing nothing, for the owner or a repeat. */
  boolean mark(Redis redis, String userId) {
    return script.runForYes(
        redis,
        List.of(RedisKeys.serverOwner(), RedisKeys.deletedUsers(), RedisKeys.deactivatedUsers()),
        List.of(userId));
  }
}
