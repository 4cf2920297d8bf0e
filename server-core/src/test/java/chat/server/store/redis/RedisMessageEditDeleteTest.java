package chat.server.store.redis;

import static chat.protocol.model.RoomVisibility.PRIVATE;
import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.protocol.search.SearchText;
import chat.server.store.ChangeResult;
import chat.server.store.Mentions;
import chat.server.store.MessageEditDeleteContract;
import chat.server.store.NewMessage;
import chat.server.store.Storage;
import chat.server.support.RedisServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.StreamEntryID;

/**
 * The edit and deletion contract on Redis, and what only Redis has to do: messages written before
 * content moved out of the room log are edited and deleted for real, and that log migrates.
 */
class RedisMessageEditDeleteTest extends MessageEditDeleteContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }

  @Override
  protected String everythingStored() {
    return RedisDump.everything(redis);
  }

  /**
   * Writes a message as the adapter did before content moved out of the log: the content a field of
   * the entry, its words indexed; returns its message id.
   */
  private String legacyMessage(String roomId, long seq, String content) {
    String entryId =
        redis.call(
            jedis ->
                jedis
                    .xadd(
                        RedisKeys.roomLog(roomId),
                        StreamEntryID.NEW_ENTRY,
                        Map.of(
                            "seq",
                            Long.toString(seq),
                            "senderId",
                            "u-carol",
                            "senderName",
                            "Carol",
                            "content",
                            content,
                            "clientMsgId",
                            "legacy-" + seq,
                            "timestamp",
                            "4000"))
                    .toString());
    redis.call(
        jedis -> {
          jedis.set(RedisKeys.roomSeq(roomId), Long.toString(seq));
          for (String word : SearchText.foldedWords(content)) {
            jedis.zadd(RedisKeys.roomWordMessages(roomId, word), 4_000, entryId);
            jedis.zadd(RedisKeys.roomWords(roomId), 0, word);
          }
          return null;
        });
    return roomId + "/" + entryId;
  }

  @Test
  void aMessageWrittenWithItsContentInTheLogIsDeletedForRealAndItsRoomKeepsEveryIdAndText() {
    String carol = user("carol");
    room("r9", "Nine", PRIVATE, 1_000, carol);
    String kept = legacyMessage("r9", 1, "gooseberry remains");
    String doomed = legacyMessage("r9", 2, "legacysecret vanishes");
    String alsoKept = legacyMessage("r9", 3, "tangerine remains");
    assertThat(RedisDump.everything(redis)).contains("legacysecret");
    reopen(); // a node's start migrates the room's log

    ChangeResult deleted = storage.messageChanges().delete("r9", doomed);
    String appended =
        storage
            .messages()
            .append(new NewMessage("r9", carol, "Carol", "after the rewrite", "new-1", 6_000))
            .message()
            .messageId();

    assertThat(deleted.outcome()).isEqualTo(ChangeResult.Outcome.CHANGED);
    assertThat(RedisDump.everything(redis)).doesNotContain("legacysecret");
    List<Message> history = storage.messages().newest("r9", 10).messages();
    assertThat(history)
        .extracting(Message::messageId)
        .containsExactly(kept, doomed, alsoKept, appended);
    assertThat(history)
        .extracting(Message::content)
        .containsExactly("gooseberry remains", "", "tangerine remains", "after the rewrite");
    long contents = redis.call(jedis -> jedis.hlen(RedisKeys.roomContents("r9")));
    assertThat(contents).isEqualTo(3);
  }

  @Test
  void aMessageWrittenWithItsAttachmentsInTheLogIsReadWithThemUntilDeleted() {
    String carol = user("carol");
    room("r9", "Nine", PRIVATE, 1_000, carol);
    String json =
        "[{\"fileId\":\"f_old\",\"name\":\"old.txt\",\"size\":3,\"mimeType\":\"text/plain\","
            + "\"url\":\"/api/files/f_old\",\"sha256\":\""
            + "b".repeat(64)
            + "\"}]";
    String entryId =
        redis.call(
            jedis ->
                jedis
                    .xadd(
                        RedisKeys.roomLog("r9"),
                        StreamEntryID.NEW_ENTRY,
                        Map.of(
                            "seq", "1",
                            "senderId", carol,
                            "senderName", "Carol",
                            "clientMsgId", "older-1",
                            "timestamp", "4000",
                            "attachments", json))
                    .toString());
    redis.call(
        jedis -> {
          jedis.set(RedisKeys.roomSeq("r9"), "1");
          return jedis.hset(RedisKeys.roomContents("r9"), entryId, "");
        });
    String messageId = "r9/" + entryId;

    assertThat(storage.messages().find(messageId).orElseThrow().attachments())
        .extracting(attachment -> attachment.fileId())
        .containsExactly("f_old");

    storage.messageChanges().delete("r9", messageId);

    assertThat(storage.messages().find(messageId).orElseThrow().attachments()).isNull();
  }

  @Test
  void aMessageWrittenWithItsContentInTheLogCanBeEditedAndLeavesNoOldText() {
    String carol = user("carol");
    room("r9", "Nine", PRIVATE, 1_000, carol);
    String message = legacyMessage("r9", 1, "oldlegacyword here");
    reopen();

    storage
        .messageChanges()
        .edit(
            storage.messages().find(message).orElseThrow(),
            "newer text here",
            Mentions.NONE,
            7_000);

    assertThat(storage.messages().find(message).orElseThrow().content())
        .isEqualTo("newer text here");
    assertThat(RedisDump.everything(redis)).doesNotContain("oldlegacyword");
  }

  @Test
  void anOlderRoomLogLongerThanABatchMovesInBatchesKeepingEveryIdWhileItStaysReadable() {
    String carol = user("carol");
    room("r9", "Nine", PRIVATE, 1_000, carol);
    List<String> ids = new ArrayList<>();
    for (int seq = 1; seq <= 5; seq++) {
      ids.add(legacyMessage("r9", seq, "legacy text " + seq));
    }
    List<Message> before = storage.messages().newest("r9", 10).messages();

    try (Redis connection =
        Redis.connect(
            redis.topology(), Redis.POOL_SIZE, RedisDurability.defaultFor(redis.topology()))) {
      RoomLogMigration migration = new RoomLogMigration(connection, 2);
      assertThat(migration.step("r9")).isEqualTo(2L);
      assertThat(logHoldsContent("r9")).as("the log before its last batch").isTrue();
      assertThat(storage.messages().newest("r9", 10).messages()).isEqualTo(before);
      String appended =
          storage
              .messages()
              .append(new NewMessage("r9", carol, "Carol", "sent meanwhile", "new-1", 6_000))
              .message()
              .messageId();
      ids.add(appended);

      assertThat(migration.run()).as("rooms migrated").isEqualTo(1);
      assertThat(migration.run()).as("rooms migrated again").isZero();
    }

    assertThat(logHoldsContent("r9")).isFalse();
    List<Message> after = storage.messages().newest("r9", 10).messages();
    assertThat(after).extracting(Message::messageId).containsExactlyElementsOf(ids);
    assertThat(after.subList(0, 5)).isEqualTo(before);
    assertThat(after.getLast().content()).isEqualTo("sent meanwhile");
    boolean copyLeft = redis.call(jedis -> jedis.exists(RedisKeys.roomLogRewrite("r9")));
    assertThat(copyLeft).isFalse();
  }

  @Test
  void twoNodesMigratingOneRoomAtOnceTakeTurnsOnTheSameCopyAndKeepEveryEntryOnce() {
    String carol = user("carol");
    room("r9", "Nine", PRIVATE, 1_000, carol);
    for (int seq = 1; seq <= 5; seq++) {
      legacyMessage("r9", seq, "legacy text " + seq);
    }
    List<Message> before = storage.messages().newest("r9", 10).messages();

    try (Redis first =
            Redis.connect(
                redis.topology(), Redis.POOL_SIZE, RedisDurability.defaultFor(redis.topology()));
        Redis second =
            Redis.connect(
                redis.topology(), Redis.POOL_SIZE, RedisDurability.defaultFor(redis.topology()))) {
      RoomLogMigration one = new RoomLogMigration(first, 2);
      RoomLogMigration other = new RoomLogMigration(second, 2);
      assertThat(List.of(one.step("r9"), other.step("r9"), one.step("r9"), other.step("r9")))
          .containsExactly(2L, 2L, 1L, 0L);
    }

    assertThat(logHoldsContent("r9")).isFalse();
    assertThat(storage.messages().newest("r9", 10).messages()).isEqualTo(before);
  }

  private boolean logHoldsContent(String roomId) {
    return redis.call(
        jedis ->
            jedis.xrange(RedisKeys.roomLog(roomId), "-", "+").stream()
                .anyMatch(entry -> entry.getFields().containsKey("content")));
  }
}
