package chat.server.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.protocol.search.SearchTerm;
import chat.server.store.FileKind;
import chat.server.store.FileRecord;
import chat.server.store.FileSearchContract;
import chat.server.store.MessageQuery;
import chat.server.store.Storage;
import chat.server.store.StoredMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedFileSearchTest extends FileSearchContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }

  /**
   * A search of kinds of file alone walks the full-text index newest first and stops at the limit,
   * as a search of words does, rather than every message of the rooms.
   */
  @Test
  void aSearchOfKindsAloneWalksTheIndexNotTheMessages() {
    MessageQuery query =
        new MessageQuery(
            List.of(),
            Set.of("r1", "r2"),
            Set.of(),
            0,
            Long.MAX_VALUE,
            null,
            20,
            Set.of(FileKind.IMAGE));
    EmbeddedSearchIndex.Statement statement = EmbeddedSearchIndex.statement(query);

    List<String> plan =
        ((EmbeddedStorage) storage)
            .database()
            .query(
                "EXPLAIN QUERY PLAN " + statement.sql(),
                row -> row.getString("detail"),
                statement.arguments().toArray());

    assertThat(plan.getFirst()).startsWith("SCAN message_search VIRTUAL TABLE");
    assertThat(plan).noneMatch(step -> step.contains("TEMP B-TREE"));
  }

  /** A deletion takes the message's files' names and kinds out of the index itself. */
  @Test
  void aDeletionLeavesNoIndexEntryOfItsFilesNamesOrKinds() {
    Message doomed = send("gone", "secret-plan.png image/png");

    storage.messageChanges().delete("r1", doomed.messageId());

    for (String match : List.of("files : secret", "has : file", "has : image")) {
      assertThat(
              ((EmbeddedStorage) storage)
                  .database()
                  .query(
                      "SELECT rowid FROM message_search WHERE message_search MATCH ?",
                      row -> row.getLong(1),
                      match))
          .as(match)
          .isEmpty();
    }
  }

  /**
   * Messages sent with files before the index held their names (schema 7) are found by them after
   * the migration that adds them, edited ones too (their index key counts their edits).
   */
  @Test
  void migratingASchemaSevenDatabaseIndexesItsFilesNames() throws IOException {
    Path oldDir = dataDir.resolve("v7");
    Files.createDirectories(oldDir);
    String attachments =
        StoredMessage.attachmentsJson(
            List.of(
                new FileRecord(
                    "f_1",
                    "r1",
                    "u1",
                    "holiday-photo.png",
                    3,
                    "image/png",
                    "a".repeat(64),
                    5,
                    null,
                    "m1")));
    try (Database db = Database.open(oldDir.resolve(EmbeddedStorage.DATABASE_FILE))) {
      EmbeddedSearchIndex.defineFunctions(db);
      for (int version = 1; version <= 7; version++) {
        db.execute(resource("V" + version + ".sql"));
      }
      db.execute("PRAGMA user_version = 7");
      db.update(
          "INSERT INTO users (user_id, username, username_key, password_hash, created_at) VALUES ('u1', 'ann', 'ann', 'hash', 1)");
      db.update("INSERT INTO rooms VALUES ('r1', 'One', 'one', 'PRIVATE', 'u1', 1, NULL)");
      db.update(
          "INSERT INTO messages (id, room_id, seq, message_id, sender_id, sender_name, content,"
              + " client_msg_id, created_at, edited_at, search_version, attachments)"
              + " VALUES (3, 'r1', 1, 'm1', 'u1', 'ann', 'edited words', 'c1', 5, 6, 1, ?)",
          attachments);
      db.update(
          "INSERT INTO message_search (rowid, words, sender)"
              + " VALUES ((3 << 20) | 1, 'edited words', hex('u1'))");
    }

    try (EmbeddedStorage migrated = EmbeddedStorage.open(oldDir)) {
      assertThat(found(migrated, List.of(word("holiday")), Set.of())).containsExactly("m1");
      assertThat(found(migrated, List.of(word("edited")), Set.of(FileKind.IMAGE)))
          .containsExactly("m1");
    }
  }

  private static SearchTerm word(String word) {
    return new SearchTerm(List.of(word), false);
  }

  private static List<String> found(
      EmbeddedStorage storage, List<SearchTerm> terms, Set<FileKind> has) {
    return storage
        .search()
        .search(
            new MessageQuery(
                terms, Set.of("r1"), Set.of(), Long.MIN_VALUE, Long.MAX_VALUE, null, 10, has))
        .stream()
        .map(Message::messageId)
        .toList();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
