package chat.server.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.server.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes that share a commit: each one committed before its caller returns, failures apart. */
class GroupCommitTest {

  @TempDir Path dir;
  private Database db;
  private GroupCommit commits;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("group.db"));
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
    commits = new GroupCommit(db);
  }

  @AfterEach
  void close() {
    commits.close();
    db.close();
  }

  @Test
  void everyConcurrentWriteIsCommittedWhenItsCallerReturns() throws Exception {
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Integer>> writes = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int id = i;
        writes.add(
            threads.submit(
                () -> {
                  commits.write(() -> db.update("INSERT INTO notes VALUES (?, 'x')", id));
                  // Committed: a fresh connection on the same file sees it.
                  return countOnAnotherConnection("SELECT count(*) FROM notes WHERE id = " + id);
                }));
      }
      for (Future<Integer> write : writes) {
        assertThat(write.get()).isEqualTo(1);
      }
    }
    assertThat(countOnAnotherConnection("SELECT count(*) FROM notes")).isEqualTo(200);
  }

  @Test
  void aFailingWriteFailsAloneAndTheOthersOfItsGroupAreCommitted() throws Exception {
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Integer>> writes = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        int id = i;
        // Every tenth write breaks the NOT NULL constraint.
        String text = id % 10 == 0 ? null : "ok";
        writes.add(
            threads.submit(
                () -> commits.write(() -> db.update("INSERT INTO notes VALUES (?, ?)", id, text))));
      }
      int failed = 0;
      for (Future<Integer> write : writes) {
        try {
          write.get();
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(StoreException.class);
          failed++;
        }
      }
      assertThat(failed).isEqualTo(5);
    }
    assertThat(countOnAnotherConnection("SELECT count(*) FROM notes")).isEqualTo(45);
  }

  @Test
  void aWriteFromInsideATransactionJoinsIt() {
    db.inTransaction(
        () -> commits.write(() -> db.update("INSERT INTO notes VALUES (1, 'inside')")));

    assertThat(countOnAnotherConnection("SELECT count(*) FROM notes")).isEqualTo(1);
  }

  @Test
  void aWriteAfterCloseIsRefused() {
    commits.close();

    assertThatThrownBy(() -> commits.write(() -> db.update("INSERT INTO notes VALUES (1, 'late')")))
        .isInstanceOf(StoreException.class);
  }

  private int countOnAnotherConnection(String sql) {
    try (Database other = Database.open(dir.resolve("group.db"))) {
      return other.queryFirst(sql, row -> row.getInt(1)).orElseThrow();
    }
  }
}
