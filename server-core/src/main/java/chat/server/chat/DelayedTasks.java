package chat.server.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work later, for presence and typing. The one timer thread only hands each task to a virtual
 * thread when it is due, so a task that waits on the store never holds up another timer, and no
 * socket thread ever waits for one.
 */
public final class DelayedTasks implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DelayedTasks.class);

  private final Clock clock;

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("delayed-tasks").daemon().factory());
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

  /** {@code clock} is the time the delays are told in, so a test's clock and its timers agree. */
  public DelayedTasks(Clock clock) {
    this.clock = clock;
  }

  /** The current time in epoch milliseconds, by the clock the tasks keep. */
  public long now() {
    return clock.millis();
  }

  /**
   * Runs {@code task} once {@code delay} has passed. Cancelling the returned future stops a task
   * that has not started; a task must still check that it is wanted, since it may be starting as it
   * is cancelled.
   *
   * @throws RejectedExecutionException once closed
   */
  public Future<?> after(Duration delay, Runnable task) {
    return timer.schedule(
        () -> workers.execute(() -> runLogged(task)), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Drops the tasks not yet due and lets the running ones finish. */
  @Override
  public void close() {
    timer.shutdownNow();
    workers.close();
  }

  /** A failure is the task's bug; it is logged here, the one place that sees it. */
  private static void runLogged(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("a delayed task failed", e);
    }
  }
}
