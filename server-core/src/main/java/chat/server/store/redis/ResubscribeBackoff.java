package chat.server.store.redis;

import java.time.Duration;

/**
 * How the event subscriptions ({@link BusSubscriber}, {@link ShardedSubscriptions}) pace their
 * attempts to subscribe again: {@link #MIN} after a subscription that worked, doubling up to {@link
 * #MAX} while attempts fail, so that a Redis that is down is not hammered and one that is back is
 * found soon.
 */
final class ResubscribeBackoff {

  static final Duration MIN = Duration.ofMillis(100);
  static final Duration MAX = Duration.ofSeconds(5);

  private ResubscribeBackoff() {}

  /** The wait after one more failed attempt, {@code backoff} having been the last. */
  static Duration after(Duration backoff) {
    return shorter(backoff.multipliedBy(2), MAX);
  }

  static Duration shorter(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Sleeps; false if interrupted (the subscriptions' {@code close} interrupts). */
  static boolean sleep(Duration duration) {
    try {
      Thread.sleep(duration);
      return true;
    } catch (InterruptedException e) {
      return false;
    }
  }
}
