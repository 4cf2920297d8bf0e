package chat.server.store.embedded;

import chat.server.store.StoreException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops the earlier versions of deleted messages from the search index's file, in the background.
 *
 * <p>An edit leaves the words of the version it replaces in an index segment, hidden by a delete
 * marker in a newer one (schema V6). They leave the file only when a merge takes both segments in
 * and writes the oldest segment, where what a marker hides is dropped with the marker. So after a
 * deletion of an edited message, the whole index is merged into one segment by FTS5's incremental
 * {@code merge}: each step is a transaction of its own that writes about {@value #PAGES_PER_STEP}
 * pages, so the sends that share the one connection wait for one short step at most. The first step
 * passes a negative count, which puts every segment into one merge; the later steps a positive one,
 * which goes on with that merge (a negative one would start it again whenever a send had added a
 * segment). The steps end when one does no work: FTS5 then changed fewer than two rows. The WAL,
 * which held the merged pages' earlier images, is then checkpointed and truncated.
 *
 * <p>Requests are coalesced: one purge runs at a time, and requests during it make one more run
 * after it, which also takes in the deletions those requests were for. A purge costs a rewrite of
 * the whole index (docs/BENCHMARKS.md has the figures); it is asked for only when a deleted message
 * had been edited, and at start only when one was owed and not finished (schema V7).
 */
final class SearchPurge implements AutoCloseable {

  /** Pages an incremental merge step writes: a few milliseconds of work. */
  static final int PAGES_PER_STEP = 64;

  /** FTS5 says a merge step did work when it changed at least this many rows. */
  private static final int CHANGES_OF_A_STEP_THAT_WORKED = 2;

  private static final Logger log = LoggerFactory.getLogger(SearchPurge.class);

  private final Database db;
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().daemon().name("sqlite-search-purge").factory());
  private final AtomicBoolean requested = new AtomicBoolean();
  private volatile boolean closed;

  SearchPurge(Database db) {
    this.db = db;
  }

  /**
   * Records, in the caller's transaction (a deletion's), that a purge is owed, and asks for it. The
   * record outlives a stop: the next start purges ({@link #owed}).
   */
  void owe() {
    db.update(
        "INSERT INTO search_purge_pending (id, generation) VALUES (1, 1)"
            + " ON CONFLICT (id) DO UPDATE SET generation = generation + 1");
    request();
  }

  /** Whether a purge is owed: one asked for did not finish. */
  boolean owed() {
    return owedGeneration().isPresent();
  }

  private Optional<Long> owedGeneration() {
    return db.queryFirst(
        "SELECT generation FROM search_purge_pending WHERE id = 1", row -> row.getLong(1));
  }

  /**
   * Asks for a purge; returns at once. Called inside a deletion's transaction, so it never throws:
   * a request that meets a {@link #close} in progress is dropped, and the purge is made at the next
   * start.
   */
  void request() {
    if (!closed && requested.compareAndSet(false, true)) {
      try {
        runner.execute(this::run);
      } catch (RejectedExecutionException shuttingDown) {
        log.debug("a search purge requested while the store closes is left to the next start");
      }
    }
  }

  /** Stops purging after the step in flight, if any; a purge cut short is made at next start. */
  @Override
  public void close() {
    closed = true;
    runner.shutdown();
    try {
      runner.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    requested.set(false);
    try {
      Optional<Long> owed = owedGeneration();
      boolean merged = step(-PAGES_PER_STEP);
      boolean worked = merged;
      while (worked && !closed) {
        worked = step(PAGES_PER_STEP);
      }
      if (merged && !closed) {
        db.checkpointAndTruncateWal();
      }
      if (!closed && owed.isPresent()) {
        // Unless a deletion owed another purge meanwhile: its own run clears that.
        db.update("DELETE FROM search_purge_pending WHERE generation = ?", owed.get());
      }
    } catch (StoreException e) {
      log.warn("purging deleted messages' earlier words from the search index failed", e);
    }
  }

  /** One merge step in a transaction of its own; whether it did any work. */
  private boolean step(int pages) {
    return db.inTransaction(
        () -> {
          long before = totalChanges();
          db.update("INSERT INTO message_search (message_search, rank) VALUES ('merge', ?)", pages);
          return totalChanges() - before >= CHANGES_OF_A_STEP_THAT_WORKED;
        });
  }

  private long totalChanges() {
    return db.queryFirst("SELECT total_changes()", row -> row.getLong(1)).orElse(0L);
  }
}
