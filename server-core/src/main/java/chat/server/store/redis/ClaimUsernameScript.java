package chat.server.store.redis;

import java.util.List;

/**
 * {@code claim-username.lua}: takes a name for a user unless another holds it in any case; the
 * first name ever claimed also makes its user the owner.
 */
final class ClaimUsernameScript {

  private final LuaScript script = LuaScript.load("claim-username.lua");

  /** Whether the name now belongs to {@code userId}: it was free, or already theirs. */
  boolean claim(Redis redis, String username, String userId) {
    return script.runForYes(
        redis,
        List.of(RedisKeys.userIdsByName(), RedisKeys.userNames(), RedisKeys.serverOwner()),
        List.of(NameEntries.fold(username), userId, NameEntries.nameEntry(username, userId)));
  }
}
