package chat.server.ws;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on a shared executor: one connection's requests
 * stay in order without a thread of their own, and the socket's decoder thread never waits. A task
 * that throws is logged and the next one runs: a thrown exception must never leave the queue marked
 * as draining with nobody draining it, which would stall the connection for good.
 */
final class SerialExecutor implements Executor {

  private static final Logger log = LoggerFactory.getLogger(SerialExecutor.class);

  private final Executor delegate;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();

  SerialExecutor(Executor delegate) {
    this.delegate = delegate;
  }

  @Override
  public void execute(Runnable task) {
    tasks.add(task);
    if (draining.compareAndSet(false, true)) {
      delegate.execute(this::drain);
    }
  }

  private void drain() {
    do {
      Runnable task;
      while ((task = tasks.poll()) != null) {
        try {
          task.run();
        } catch (RuntimeException | Error e) {
          log.error("A queued task failed; running the next one", e);
        }
      }
      draining.set(false);
      // A task added between the last poll and the reset would otherwise wait for the next one.
    } while (!tasks.isEmpty() && draining.compareAndSet(false, true));
  }
}
