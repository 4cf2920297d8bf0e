package chat.server.chat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Has the disk write a spool file's bytes while more of them still arrive: each time at least a
 * step of bytes more were written, the bytes so far are forced to the disk on a thread of their
 * own, one force at a time. The kernel alone would start writing them only when far more are dirty,
 * so the fsync that makes an upload durable before it is answered waited for all 100 MiB of a 100
 * MiB upload at once; now it finds only the last few. This is no promise of durability by itself:
 * the final fsync still happens. A force that failed fails the spooling ({@link #close}), since
 * Linux reports a write-back error to one fsync only, and a later fsync could then pass.
 */
final class EarlyWriteback implements AutoCloseable {

  /** How many bytes more are written before the next force starts, for an upload. */
  static final long STEP = 16L << 20;

  private final FileChannel channel;
  private final long step;
  private long forcedUpTo;
  private Future<Void> forcing;

  /**
   * @param step how many bytes more are written before the next force starts ({@link #STEP})
   */
  EarlyWriteback(FileChannel channel, long step) {
    this.channel = channel;
    this.step = step;
  }

  /**
   * Starts forcing the first {@code written} bytes when a step more than the last force's are
   * written and no force is still running.
   *
   * @throws IOException when an earlier force failed
   */
  void written(long written) throws IOException {
    if (written - forcedUpTo < step || (forcing != null && !forcing.isDone())) {
      return;
    }
    awaitForce();
    forcedUpTo = written;
    FutureTask<Void> force =
        new FutureTask<>(
            () -> {
              channel.force(false);
              return null;
            });
    Thread.ofVirtual().name("upload-writeback").start(force);
    forcing = force;
  }

  /**
   * Waits for the running force, if any, so the channel may be closed.
   *
   * @throws IOException when a force failed
   */
  @Override
  public void close() throws IOException {
    awaitForce();
  }

  private void awaitForce() throws IOException {
    if (forcing == null) {
      return;
    }
    Future<Void> waited = forcing;
    forcing = null;
    try {
      waited.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException failed) {
        throw failed;
      }
      throw new IllegalStateException("forcing a spool file failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while forcing a spool file", e);
    }
  }
}
