package chat.server.chat;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The platform threads a large upload is spooled on: one reads the body, one hashes and writes it,
 * one sends it to the disk. Platform threads, because a virtual thread reading the JDK's HTTP
 * server's body parks and is woken through the poller for every 8 KiB that are not there yet (a 100
 * MiB upload took about a tenth more server CPU so), and because the minutes a hash of a huge file
 * may take must never hold a carrier of the virtual threads that serve sockets. Idle threads are
 * kept a minute for the next upload.
 */
final class SpoolThreads {

  private SpoolThreads() {}

  static ExecutorService create() {
    return Executors.newCachedThreadPool(
        Thread.ofPlatform().name("spool-", 0).daemon(true).factory());
  }

  /**
   * Runs {@code task} on a thread of {@code threads} and answers its result, rethrowing what it
   * threw.
   */
  static <T> T call(ExecutorService threads, Supplier<T> task) {
    Future<T> running = threads.submit(task::get);
    awaitUninterruptibly(running);
    try {
      return running.get();
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case RuntimeException thrown -> throw thrown;
        case Error error -> throw error;
        default -> throw new IllegalStateException(e.getCause());
      }
    } catch (InterruptedException e) {
      throw new IllegalStateException("the task has ended, so get() does not wait", e);
    }
  }

  /**
   * Waits until {@code task} has ended, however it ended, even when interrupted meanwhile (the
   * interrupt is kept): what the task holds, a buffer or a file, must not be released under it.
   */
  static void awaitUninterruptibly(Future<?> task) {
    boolean interrupted = false;
    while (true) {
      try {
        task.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException | CancellationException ended) {
        break;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
