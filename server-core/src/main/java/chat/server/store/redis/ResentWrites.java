package chat.server.store.redis;

import chat.server.store.StorageUnavailableException;
import chat.server.store.StoreException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import redis.clients.jedis.commands.ScriptingKeyCommands;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * Acknowledged writes that this node sends again itself when a failover cuts them off, for writes
 * that running twice leaves as running once and whose reply then says what the first run did (a
 * message append, keyed by its sender's {@code clientMsgId}).
 *
 * <p>A write whose connection is lost (the primary died under it) or whose replicas do not confirm
 * it in time (the one replica is being promoted) may or may not be stored. Sent again, to whatever
 * primary serves its key by then ({@link Redis#acknowledged} follows Sentinel's switch and renews a
 * cluster's map of slots after a lost connection), it stores the message once or finds it stored,
 * and its ack waits for the replicas again. So a short failover costs a sender a pause, not a
 * refusal. It is sent again for at most {@link #WINDOW} after the first attempt began, {@link
 * #FIRST_PAUSE} doubling between attempts; what takes longer (a Sentinel that waits 30 s before it
 * calls a primary down, a replica that has to be restarted first) is refused as before ({@code
 * STORAGE_UNAVAILABLE}), and the client resends with the same {@code clientMsgId}.
 */
final class ResentWrites {

  /** How long after its first attempt began a write is still sent again. */
  static final Duration WINDOW = Redis.TIMEOUT;

  private static final Duration FIRST_PAUSE = Duration.ofMillis(100);

  private ResentWrites() {}

  /**
   * Runs {@code write} as {@link Redis#acknowledged} does, sending it again as this class says.
   * {@code merge} makes one reply of an earlier run's and a later one's: a later run finds what an
   * earlier one stored, and only the earlier reply says it stored it.
   */
  static <T> T acknowledged(
      Redis redis,
      String what,
      String key,
      Function<ScriptingKeyCommands, T> write,
      BinaryOperator<T> merge) {
    long deadline = System.nanoTime() + WINDOW.toNanos();
    Duration pause = FIRST_PAUSE;
    T earlier = null;
    while (true) {
      AtomicReference<T> ran = new AtomicReference<>();
      try {
        T reply =
            redis.acknowledged(
                what,
                key,
                jedis -> {
                  T result = write.apply(jedis);
                  ran.set(result);
                  return result;
                });
        return earlier == null ? reply : merge.apply(earlier, reply);
      } catch (StoreException e) {
        if (ran.get() != null) {
          earlier = earlier == null ? ran.get() : merge.apply(earlier, ran.get());
        }
        if (!cutOffByAFailover(e) || System.nanoTime() + pause.toNanos() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("Interrupted before sending again: " + what, e);
      }
      pause = pause.multipliedBy(2);
    }
  }

  /**
   * Whether a failure may pass once the deployment has settled: replicas that did not confirm, a
   * primary that refused writes (a replica now), or a lost connection.
   */
  private static boolean cutOffByAFailover(StoreException e) {
    if (e instanceof StorageUnavailableException) {
      return true;
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof JedisConnectionException) {
        return true;
      }
    }
    return false;
  }
}
