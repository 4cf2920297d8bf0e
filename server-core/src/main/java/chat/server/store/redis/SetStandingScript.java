package chat.server.store.redis;

import java.util.List;

/**
 * {@code set-standing.lua}: puts a user in or out of a set of server standing ({@link
 * RedisKeys#serverAdmins}, {@link RedisKeys#deactivatedUsers}), refusing the owner in the same
 * atomic step that reads who the owner is.
 */
final class SetStandingScript {

  private final LuaScript script = LuaScript.load("set-standing.lua");

  /**
   * Whether the set now holds (or no longer holds) the user; false, changing nothing, for the
   * owner.
   */
  boolean set(Redis redis, String setKey, String userId, boolean member) {
    return script.runForYes(
        redis, List.of(RedisKeys.serverOwner(), setKey), List.of(userId, member ? "1" : "0"));
  }
}
