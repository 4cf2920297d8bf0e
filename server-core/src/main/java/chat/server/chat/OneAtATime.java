package chat.server.chat;

import chat.server.error.ChatException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets each key (a user) run one piece of long work at a time on this node: a second {@link #take}
 * while the first turn is held is refused.
 */
final class OneAtATime {

  private final long retryAfterMs;
  private final Set<String> held = ConcurrentHashMap.newKeySet();

  /**
   * @param retryAfterMs the wait a refused caller is told to take
   */
  OneAtATime(long retryAfterMs) {
    this.retryAfterMs = retryAfterMs;
  }

  /** A held turn; closing it gives it back (once, however often it is closed). */
  interface Turn extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * @throws ChatException {@code RATE_LIMITED} while the key's turn is held
   */
  Turn take(String key) {
    if (!held.add(key)) {
      throw ChatException.rateLimited(retryAfterMs);
    }
    return () -> held.remove(key);
  }
}
