package chat.server.chat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Sends a file being written to the disk in the background, a slice at a time, so that the fsync
 * that makes the finished file durable waits only for its last slice: without it, a 100 MiB
 * upload's fsync waited 30–40 ms after its last byte for all of it to reach the disk. A failure
 * here is left to that final fsync, which reports it.
 */
final class EarlyWriteback implements AutoCloseable {

  private final FileChannel file;
  private final long slice;
  private final Semaphore due = new Semaphore(0);
  private final Future<?> running;
  private long unsynced;
  private volatile boolean closed;

  /**
   * @param sliceBytes how many bytes written make the next slice due
   */
  EarlyWriteback(FileChannel file, long sliceBytes, ExecutorService threads) {
    this.file = file;
    this.slice = sliceBytes;
    this.running = threads.submit(this::run);
  }

  /** Counts {@code bytes} more written, from one thread; a slice is due once enough have been. */
  void written(long bytes) {
    unsynced += bytes;
    if (unsynced >= slice) {
      unsynced = 0;
      if (due.availablePermits() == 0) {
        due.release();
      }
    }
  }

  /** Waits for a slice being sent, then stops. */
  @Override
  public void close() {
    closed = true;
    due.release();
    SpoolThreads.awaitUninterruptibly(running);
  }

  private void run() {
    try {
      while (true) {
        due.acquire();
        if (closed) {
          return;
        }
        file.force(false);
      }
    } catch (InterruptedException | IOException e) {
      // the final fsync reports what matters
    }
  }
}
