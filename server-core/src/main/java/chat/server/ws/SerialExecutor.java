package chat.server.ws;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks one at a time, in submission order, on a shared executor: one connection's requests
 * stay in order without a thread of their own, and the socket's decoder thread never waits.
 */
final class SerialExecutor implements Executor {

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
        task.run();
      }
      draining.set(false);
      // A task added between the last poll and the reset would otherwise wait for the next one.
    } while (!tasks.isEmpty() && draining.compareAndSet(false, true));
  }
}
