package chat.server.store.embedded;

import chat.server.store.StorageUnavailableException;
import chat.server.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs writes that must be durable before they are answered in shared transactions: one thread
 * takes whatever writes are waiting (up to {@value #MAX_GROUP}), runs them in one transaction and
 * commits once, so one fsync covers the whole group; each caller returns only after that commit.
 * Under load many writes share an fsync; alone, a write commits at once as before.
 *
 * <p>If the group's transaction fails, each of its writes runs again in a transaction of its own,
 * so one bad write fails only its own caller; unless the storage cannot take writes at all (a full
 * disk), which fails the whole group at once, none of it committed. A caller already inside a
 * transaction of this database (holding its lock) runs its write there, in that transaction.
 *
 * <p>The committing thread is a platform thread: the JNI call into SQLite and its fsync hold that
 * thread, never one of the few carriers that socket requests run on.
 */
final class GroupCommit implements AutoCloseable {

  static final int MAX_GROUP = 256;

  /** How often an idle committing thread checks whether it should stop. */
  private static final long POLL_MILLIS = 100;

  private record Write<T>(Supplier<T> work, CompletableFuture<T> result) {}

  private final Database db;
  private final BlockingQueue<Write<?>> waiting = new LinkedBlockingQueue<>();
  private final Thread committer;
  private volatile boolean closed;

  GroupCommit(Database db) {
    this.db = db;
    this.committer =
        Thread.ofPlatform().daemon().name("sqlite-group-commit").start(this::commitLoop);
  }

  /**
   * Runs {@code work} in a transaction and returns its result once that transaction is committed.
   *
   * @throws StoreException when the work or its commit fails, or the database is closed
   */
  <T> T write(Supplier<T> work) {
    if (db.isHeldByCurrentThread()) {
      return db.inTransaction(work);
    }
    if (closed) {
      throw new StoreException("the database is closed", null);
    }
    Write<T> write = new Write<>(work, new CompletableFuture<>());
    waiting.add(write);
    if (closed && waiting.remove(write)) {
      // Closed between the check and the add, after close() took the last writes.
      throw new StoreException("the database is closed", null);
    }
    try {
      return write.result().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw e;
    }
  }

  /** Commits what is waiting, then stops the committing thread. */
  @Override
  public void close() {
    closed = true;
    try {
      committer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    commit(drain(new ArrayList<>()));
  }

  private void commitLoop() {
    while (!closed) {
      List<Write<?>> group = new ArrayList<>();
      try {
        Write<?> first = waiting.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
      } catch (InterruptedException e) {
        return;
      }
      commit(drain(group));
    }
  }

  private List<Write<?>> drain(List<Write<?>> group) {
    waiting.drainTo(group, MAX_GROUP - group.size());
    return group;
  }

  private void commit(List<Write<?>> group) {
    if (group.isEmpty()) {
      return;
    }
    List<Object> results = new ArrayList<>(group.size());
    try {
      db.inTransaction(
          () -> {
            for (Write<?> write : group) {
              results.add(write.work().get());
            }
            return null;
          });
    } catch (StorageUnavailableException cannotWrite) {
      // Alone, each write would only meet the full disk again, one failed fsync after another.
      group.forEach(write -> write.result().completeExceptionally(cannotWrite));
      return;
    } catch (RuntimeException | Error groupFailed) {
      group.forEach(this::alone);
      return;
    }
    // Results are handed out only after the commit: nobody may act on an uncommitted write.
    for (int i = 0; i < group.size(); i++) {
      complete(group.get(i), results.get(i));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void complete(Write<T> write, Object result) {
    write.result().complete((T) result);
  }

  private <T> void alone(Write<T> write) {
    try {
      write.result().complete(db.inTransaction(write.work()));
    } catch (RuntimeException | Error e) {
      write.result().completeExceptionally(e);
    }
  }
}
