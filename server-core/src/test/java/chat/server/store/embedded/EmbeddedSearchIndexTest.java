package chat.server.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.protocol.search.SearchTerm;
import chat.server.store.MessageQuery;
import chat.server.store.SearchIndexContract;
import chat.server.store.Storage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddedSearchIndexTest extends SearchIndexContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }

  /**
   * Both ways of searching walk their source newest first and stop at the limit (no sort of every
   * match), checking each candidate in the small filter index.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aSearchReadsInOrderWithoutSortingTheMatches(boolean withWords) {
    MessageQuery query =
        new MessageQuery(
            withWords ? List.of(new SearchTerm(List.of("word"), false)) : List.of(),
            Set.of("r1", "r2"),
            Set.of(),
            0,
            Long.MAX_VALUE,
            null,
            20);

    List<String> plan = plan(query);

    assertThat(plan.getFirst())
        .startsWith(withWords ? "SCAN message_search VIRTUAL TABLE" : "SCAN filter");
    assertThat(plan)
        .anyMatch(
            step ->
                step.contains("COVERING INDEX messages_search_filter")
                    && (withWords ? step.endsWith("(id=?)") : !step.contains("=")));
    assertThat(plan).noneMatch(step -> step.contains("TEMP B-TREE"));
  }

  /**
   * A next page starts its walk at its cursor's rowid (a range on the index walked, found by one
   * lookup of the cursor), rather than reading every newer match again.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aNextPageStartsItsWalkAtTheCursor(boolean withWords) {
    MessageQuery query =
        new MessageQuery(
            withWords ? List.of(new SearchTerm(List.of("word"), false)) : List.of(),
            Set.of("r1", "r2"),
            Set.of(),
            0,
            Long.MAX_VALUE,
            Message.text("m_cursor", "r1", "u1", "ann", "word", 5, "c1"),
            20);

    List<String> plan = plan(query);

    assertThat(plan.getFirst())
        .as("the walk is bounded by the cursor's rowid (FTS5 shows a rowid bound as <)")
        .matches(
            withWords
                ? "SCAN message_search VIRTUAL TABLE .*<"
                : "SEARCH filter USING COVERING INDEX messages_search_filter \\(id<\\?\\)");
    assertThat(plan).anyMatch(step -> step.contains("sqlite_autoindex_messages"));
    assertThat(plan).noneMatch(step -> step.contains("TEMP B-TREE"));
  }

  private List<String> plan(MessageQuery query) {
    EmbeddedSearchIndex.Statement statement = EmbeddedSearchIndex.statement(query);
    return ((EmbeddedStorage) storage)
        .database()
        .query(
            "EXPLAIN QUERY PLAN " + statement.sql(),
            row -> row.getString("detail"),
            statement.arguments().toArray());
  }

  /**
   * Messages stored before the index existed are indexed by the migration that adds it, keeping
   * their rowids (now an INTEGER PRIMARY KEY, which VACUUM cannot renumber).
   */
  @Test
  void migratingAVersionOneDatabaseIndexesItsMessages() throws IOException {
    Path oldDir = dataDir.resolve("v1");
    Files.createDirectories(oldDir);
    try (Database db = Database.open(oldDir.resolve(EmbeddedStorage.DATABASE_FILE))) {
      db.execute(resource("V1.sql"));
      db.execute("PRAGMA user_version = 1");
      db.execute(
          "INSERT INTO users VALUES ('u1', 'ann', 'ann', 'hash', 1, 0);"
              + " INSERT INTO rooms VALUES ('r1', 'One', 'one', 'PRIVATE', 'u1', 1, NULL);"
              + " INSERT INTO messages (rowid, room_id, seq, message_id, sender_id, sender_name,"
              + " content, client_msg_id, created_at)"
              + " VALUES (7, 'r1', 1, 'm1', 'u1', 'ann', 'Old Crème', 'c1', 5);");
    }

    try (EmbeddedStorage migrated = EmbeddedStorage.open(oldDir)) {
      List<Message> found =
          migrated
              .search()
              .search(
                  new MessageQuery(
                      List.of(new SearchTerm(List.of("creme"), false)),
                      Set.of("r1"),
                      Set.of("u1"),
                      Long.MIN_VALUE,
                      Long.MAX_VALUE,
                      null,
                      10));
      assertThat(found).extracting(Message::messageId).containsExactly("m1");
      migrated.database().execute("VACUUM");
      assertThat(
              migrated
                  .database()
                  .queryFirst(
                      "SELECT id FROM messages WHERE message_id = 'm1'", row -> row.getLong(1)))
          .contains(7L);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
