package chat.server.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.server.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements reused through {@link StatementCache}: each use answers as a fresh one would. */
class StatementCacheTest {

  private static final String BY_ID = "SELECT text FROM notes WHERE id = ?";

  @TempDir Path dir;
  private Database db;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("statements.db"));
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
    db.update("INSERT INTO notes VALUES (1, 'one'), (2, 'two')");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aStatementRunAgainAnswersItsNewArgumentsAndTheDataAsItIsNow() {
    assertThat(db.query(BY_ID, row -> row.getString("text"), 1)).containsExactly("one");
    db.update("UPDATE notes SET text = 'uno' WHERE id = ?", 1);

    assertThat(db.query(BY_ID, row -> row.getString("text"), 2)).containsExactly("two");
    assertThat(db.query(BY_ID, row -> row.getString("text"), 1)).containsExactly("uno");
  }

  @Test
  void aQueryRunFromTheRowsOfTheSameQueryGetsAStatementOfItsOwn() {
    List<String> pairs =
        db.query(
            "SELECT id FROM notes ORDER BY id",
            row -> {
              long id = row.getLong("id");
              String text = db.query(BY_ID, inner -> inner.getString("text"), id).getFirst();
              String other = db.query(BY_ID, inner -> inner.getString("text"), 3 - id).getFirst();
              return text + "/" + other;
            });

    assertThat(pairs).containsExactly("one/two", "two/one");
    assertThat(db.query(BY_ID, row -> row.getString("text"), 2)).containsExactly("two");
  }

  @Test
  void aStatementThatFailedLeavesTheNextUseOfItsSqlWorking() {
    String insert = "INSERT INTO notes VALUES (?, ?)";
    assertThatThrownBy(() -> db.update(insert, 1, "again")).isInstanceOf(StoreException.class);

    assertThat(db.update(insert, 3, "three")).isEqualTo(1);
    assertThat(db.query(BY_ID, row -> row.getString("text"), 3)).containsExactly("three");
  }

  @Test
  void moreDistinctStatementsThanTheCacheHoldsAllAnswerAndTheDatabaseClosesCleanly() {
    List<Long> answers =
        IntStream.range(0, StatementCache.CAPACITY * 2)
            .mapToObj(
                i -> db.queryFirst("SELECT count(*) + " + i + " FROM notes", row -> row.getLong(1)))
            .map(answer -> answer.orElseThrow())
            .toList();

    assertThat(answers)
        .containsExactlyElementsOf(
            IntStream.range(0, StatementCache.CAPACITY * 2).mapToObj(i -> 2L + i).toList());
    db.close();
    db = Database.open(dir.resolve("statements.db"));
    assertThat(db.query(BY_ID, row -> row.getString("text"), 2)).containsExactly("two");
  }
}
