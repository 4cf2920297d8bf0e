package chat.server.store.redis;

import java.util.List;

/**
 * {@code hash-compare-and-set.lua}: sets one field of an existing hash when another field holds an
 * expected value. Compare-and-set keeps "only the first revocation counts" true under concurrency,
 * and, compared on a field every hash has, updates a hash without recreating one that is gone.
 */
final class HashCompareAndSetScript {

  private final LuaScript script = LuaScript.load("hash-compare-and-set.lua");

  /** Whether {@code field} was set, which it is only if {@code compared} held {@code expected}. */
  boolean set(
      Redis redis, String key, String compared, String expected, String field, String value) {
    return script.runForYes(redis, List.of(key), List.of(compared, expected, field, value));
  }
}
