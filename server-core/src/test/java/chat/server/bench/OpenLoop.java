package chat.server.bench;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * A fixed rate, open loop: each action runs when it is due, however late earlier ones were
 * answered, and is told when it was due so latency counts from then (a slow server cannot slow the
 * load down and hide its own lateness).
 */
public final class OpenLoop {

  private OpenLoop() {}

  /**
   * Runs {@code action} {@code perSecond} times a second for {@code seconds}: exactly {@code
   * round(perSecond * seconds)} times, then returns.
   *
   * @param action gets the {@link System#nanoTime} it was due
   */
  public static void run(double perSecond, double seconds, LongConsumer action) {
    long count = Math.round(perSecond * seconds);
    double interval = 1e9 / perSecond;
    long start = System.nanoTime();
    for (long i = 0; i < count; i++) {
      long due = start + Math.round(i * interval);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      action.accept(due);
    }
  }
}
