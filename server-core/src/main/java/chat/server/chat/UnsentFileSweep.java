package chat.server.chat;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes files never sent with a message once they are older than {@code FILES_UNSENT_TTL_SECONDS}
 * (24 hours): at start and then every {@code FILES_SWEEP_INTERVAL_SECONDS}, on every node. Sweeps
 * of several nodes at once are safe: the store removes each file once ({@link
 * chat.server.store.FileStore#removeUnsent}), and only the node that removed it frees its bytes.
 */
public final class UnsentFileSweep {

  private static final Logger log = LoggerFactory.getLogger(UnsentFileSweep.class);

  /**
   * @param ttl how long an upload may stay unsent
   * @param interval the time between the end of one sweep and the start of the next
   */
  public record Timing(Duration ttl, Duration interval) {}

  private final FileCleanup cleanup;
  private final DelayedTasks tasks;
  private final Timing timing;

  public UnsentFileSweep(FileCleanup cleanup, DelayedTasks tasks, Timing timing) {
    this.cleanup = cleanup;
    this.tasks = tasks;
    this.timing = timing;
  }

  /** Sweeps now, in the background, and then every interval until the tasks are closed. */
  public void start() {
    schedule(Duration.ZERO);
  }

  private void schedule(Duration delay) {
    try {
      tasks.after(
          delay,
          () -> {
            try {
              sweep();
            } catch (RuntimeException e) {
              log.warn("the sweep of unsent files failed; trying again later", e);
            }
            schedule(timing.interval());
          });
    } catch (RejectedExecutionException closed) {
      // The node is stopping: no more sweeps.
    }
  }

  /**
   * Removes the files that have been unsent for longer than the TTL, by the tasks' clock.
   *
   * @return how many
   */
  int sweep() {
    int removed = cleanup.removeUnsent(tasks.now() - timing.ttl().toMillis());
    if (removed > 0) {
      log.info("removed {} files never sent within {}", removed, timing.ttl());
    }
    return removed;
  }
}
