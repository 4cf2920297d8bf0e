package chat.server.store.redis;

import chat.server.store.StorageUnavailableException;
import chat.server.store.StoreException;
import java.util.regex.Pattern;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisRedirectionException;

/** What a Jedis failure means: a store failure to report, and whether anything of the call ran. */
final class RedisFailures {

  /** The error codes of a write refused because Redis cannot take writes now. */
  private static final Pattern WRITES_REFUSED = Pattern.compile("(MISCONF|OOM|READONLY)\\b");

  private RedisFailures() {}

  /** The failure of the operation {@code what}, as the store reports it. */
  static StoreException failure(String what, JedisException e) {
    return refusesWrites(e)
        ? new StorageUnavailableException("Redis cannot take writes: " + what, e)
        : new StoreException("Redis failed: " + what, e);
  }

  /**
   * Whether Redis refused a write because it cannot take any: {@code MISCONF} (its last append-only
   * file or snapshot write failed, as on a full disk), {@code OOM} (at {@code maxmemory}) or {@code
   * READONLY} (a replica). A script's refused write carries the same code first.
   */
  static boolean refusesWrites(JedisException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JedisDataException reply
          && reply.getMessage() != null
          && WRITES_REFUSED.matcher(reply.getMessage()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Whether Redis said the key's slot is served elsewhere, so that nothing of the call ran. */
  static boolean redirected(JedisException e) {
    return e instanceof JedisRedirectionException
        || (e instanceof JedisDataException
            && e.getMessage() != null
            && (e.getMessage().startsWith("EXECABORT")
                || e.getMessage().startsWith("CLUSTERDOWN")));
  }
}
