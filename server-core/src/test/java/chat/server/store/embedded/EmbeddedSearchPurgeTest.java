package chat.server.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.protocol.search.SearchTerm;
import chat.server.store.Mentions;
import chat.server.store.MessageQuery;
import chat.server.store.NewMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The purge of a deleted message's earlier versions ({@link SearchPurge}) on an index large enough
 * that merging it takes many steps, while messages keep arriving.
 */
class EmbeddedSearchPurgeTest {

  /** Messages of twelve words: an index of a few hundred pages, many merge steps. */
  private static final int MESSAGES = 3_000;

  private static final long BOUND_MILLIS = 30_000;

  @TempDir Path dataDir;

  private EmbeddedStorage storage;
  private final List<String> texts = new ArrayList<>();
  private int sent;

  @BeforeEach
  void fillTheIndex() {
    storage = EmbeddedStorage.open(dataDir);
    Database db = storage.database();
    db.update(
        "INSERT INTO users (user_id, username, username_key, password_hash, created_at) VALUES ('u1', 'ann', 'ann', 'hash', 1)");
    db.update(
        "INSERT INTO rooms (room_id, name, name_key, visibility, created_by, created_at)"
            + " VALUES ('r1', 'One', 'one', 'PRIVATE', 'u1', 1)");
    Vocabulary vocabulary = new Vocabulary(new Random(7));
    EmbeddedSearchIndex index = new EmbeddedSearchIndex(db);
    db.inTransaction(
        () -> {
          for (int i = 0; i < MESSAGES; i++) {
            String text = vocabulary.sentence(12);
            texts.add(text);
            db.update(
                "INSERT INTO messages (room_id, seq, message_id, sender_id, sender_name, content,"
                    + " client_msg_id, created_at) VALUES ('r1', ?, ?, 'u1', 'ann', ?, ?, 5)",
                (long) i + 1,
                "f" + i,
                text,
                "f" + i);
            index.add("f" + i);
          }
          return null;
        });
    index.close();
    sent = MESSAGES;
  }

  @AfterEach
  void close() {
    storage.close();
  }

  @Test
  void anEditedThenDeletedMessagesEarlierWordsLeaveEveryFileAndTheOthersStayFound()
      throws Exception {
    Message doomed = send("qwxalphasecretword stays a while");
    storage.messageChanges().edit(doomed, "nothing to see any more", Mentions.NONE, 9_000);
    send("a later message");
    assertThat(search("qwxalphasecretword")).as("no search finds an earlier version").isEmpty();

    storage.messageChanges().delete("r1", doomed.messageId());
    List<Message> duringThePurge = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      duringThePurge.add(send("qwzsent during the purge " + i));
    }

    long deadline = System.currentTimeMillis() + BOUND_MILLIS;
    while (filesHold("qwxalphasecretword") && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertThat(filesHold("qwxalphasecretword")).as("the earlier word in a file").isFalse();
    assertThat(search("qwzsent")).hasSameSizeAs(duringThePurge);
    for (int i = 0; i < MESSAGES; i += 97) {
      assertThat(search(texts.get(i).split(" ")))
          .as("message f%d by its words", i)
          .extracting(Message::messageId)
          .contains("f" + i);
    }
    storage
        .database()
        .update("INSERT INTO message_search (message_search, rank) VALUES ('integrity-check', 0)");
  }

  @Test
  void aPurgeIsOwedFromTheDeletionUntilItFinishesAndAStartMakesAnOwedOne() throws Exception {
    assertThat(owed()).as("owed before any deletion").isFalse();
    Message doomed = send("qwxbetasecretword for a while");
    storage.messageChanges().edit(doomed, "gone", Mentions.NONE, 9_000);
    storage.messageChanges().delete("r1", doomed.messageId());
    assertThat(eventually(() -> !owed())).as("a finished purge clears what it owed").isTrue();

    storage.database().update("INSERT INTO search_purge_pending (id, generation) VALUES (1, 1)");
    storage.close();
    storage = EmbeddedStorage.open(dataDir);

    assertThat(eventually(() -> !owed())).as("the start made the purge a stop cut short").isTrue();
  }

  private boolean owed() {
    return storage
            .database()
            .queryFirst("SELECT count(*) FROM search_purge_pending", row -> row.getLong(1))
            .orElse(0L)
        > 0;
  }

  private static boolean eventually(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + BOUND_MILLIS;
    while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    return condition.getAsBoolean();
  }

  private Message send(String content) {
    return storage
        .messages()
        .append(new NewMessage("r1", "u1", "ann", content, "c" + sent++, 6_000))
        .message();
  }

  private List<Message> search(String... words) {
    return storage
        .search()
        .search(
            new MessageQuery(
                Stream.of(words).map(word -> new SearchTerm(List.of(word), false)).toList(),
                Set.of("r1"),
                Set.of(),
                Long.MIN_VALUE,
                Long.MAX_VALUE,
                null,
                100));
  }

  private boolean filesHold(String word) throws IOException {
    try (Stream<Path> files = Files.list(dataDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(word)) {
          return true;
        }
      }
      return false;
    }
  }
}
