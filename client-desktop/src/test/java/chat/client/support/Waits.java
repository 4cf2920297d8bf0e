package chat.client.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polling for conditions that other threads make true. Each check runs on the {@link TestUiThread},
 * where view-model tests' clients change their state.
 */
public final class Waits {

  public static final Duration DEFAULT = Duration.ofSeconds(10);

  private Waits() {}

  public static void until(String what, BooleanSupplier condition) {
    until(what, DEFAULT, condition);
  }

  public static void until(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    poll(
        what,
        timeout,
        () -> TestUiThread.check(condition, deadline - System.nanoTime() + 1_000_000_000L));
  }

  /**
   * For a condition that asks the server through a view-model test's client and waits for the
   * answer: it runs on the calling thread, since the answer hops to the {@link TestUiThread}, which
   * would otherwise be the thread waiting for it.
   */
  public static void untilServerSays(String what, BooleanSupplier condition) {
    poll(what, DEFAULT, condition);
  }

  private static void poll(String what, Duration timeout, BooleanSupplier check) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!check.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout + " waiting until " + what);
      }
      pause();
    }
  }

  static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
