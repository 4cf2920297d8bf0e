package chat.client.support;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * The one thread view-model tests' clients hand their events and answers to, standing in for the
 * JavaFX thread: view models keep their state on it, and {@link Waits} reads that state there, so a
 * test's polling never walks a list while an answer changes it.
 */
public final class TestUiThread {

  private static final ExecutorService THREAD =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("test-ui").factory());

  private TestUiThread() {}

  public static Executor executor() {
    return THREAD;
  }

  /**
   * The condition's value, read on this thread.
   *
   * @throws AssertionError when the thread is busy for longer than {@code timeoutNanos}
   */
  static boolean check(BooleanSupplier condition, long timeoutNanos) {
    Future<Boolean> value = THREAD.submit(condition::getAsBoolean);
    try {
      return value.get(Math.max(timeoutNanos, 0), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      value.cancel(false);
      throw new AssertionError("the test UI thread stayed busy", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new AssertionError(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
