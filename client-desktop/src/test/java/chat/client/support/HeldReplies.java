package chat.client.support;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A session's UI thread, as {@link TestUiThread} is, that can hold back the next task handed to it:
 * the answer to one request, made late on purpose, so that a test decides which of two answers
 * arrives first. Give it to {@link Clients#signedIn}.
 */
public final class HeldReplies implements Executor {

  private final BlockingQueue<Runnable> held = new LinkedBlockingQueue<>();
  private boolean holdNext;

  @Override
  public void execute(Runnable task) {
    synchronized (this) {
      if (holdNext) {
        holdNext = false;
        held.add(task);
        return;
      }
    }
    TestUiThread.executor().execute(task);
  }

  /** Holds back the next task: call it just before the request whose answer should come late. */
  public synchronized void holdNext() {
    holdNext = true;
  }

  /** Waits until the answer held back has arrived, and keeps it. */
  public void awaitHeld() {
    long deadline = System.nanoTime() + Waits.DEFAULT.toNanos();
    while (held.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no answer arrived to hold back");
      }
      try {
        TimeUnit.MILLISECONDS.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Lets the answer held back through now, after whatever arrived meanwhile. */
  public void release() {
    awaitHeld();
    TestUiThread.executor().execute(held.remove());
  }
}
