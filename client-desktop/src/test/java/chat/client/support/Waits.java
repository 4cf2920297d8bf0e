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
    while (!TestUiThread.check(condition, deadline - System.nanoTime() + 1_000_000_000L)) {
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
