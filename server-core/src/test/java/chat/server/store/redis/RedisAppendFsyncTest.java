package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.server.store.MessagePage;
import chat.server.store.NewMessage;
import chat.server.support.RedisServer;
import chat.server.support.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each {@code appendfsync} policy costs and what a {@code kill -9} of the Redis process loses.
 * Under {@code always} a process kill loses nothing. Under {@code everysec} Redis answers before
 * its append reaches the file when an fsync is slow (it postpones the write up to 2 s), so a kill
 * while the disk is busy loses what was acknowledged in the last two seconds or so; a crash of the
 * host loses that much at any time. docs/OPERATIONS.md quotes these figures.
 */
@Tag(RedisServerExtension.STANDALONE_TAG)
class RedisAppendFsyncTest {

  private static final int WRITERS = 8;
  private static final Duration RUN = Duration.ofSeconds(4);

  /** Redis's own bound for {@code everysec}: a postponed write waits at most 2 s, then blocks. */
  private static final Duration EVERYSEC_WINDOW = Duration.ofMillis(2_500);

  @ParameterizedTest
  @ValueSource(strings = {"always", "everysec"})
  void killDashNineOfRedisLosesNothingAcknowledgedBeforeItsPolicysWindow(String appendfsync)
      throws Exception {
    try (RedisServer redis = RedisServer.start(appendfsync)) {
      List<Ack> acked = new CopyOnWriteArrayList<>();
      long killedAt;
      String roomId;
      try (RedisStorage storage = RedisStorage.open(redis.url(), RedisDurability.RELAXED)) {
        storage.users().insert(new chat.server.store.UserAccount("u-w", "w", "h", 1, 0));
        roomId =
            storage
                .rooms()
                .create(new Room("r-w", "w", RoomVisibility.PUBLIC, "u-w", 1, 0), List.of())
                .roomId();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          int writer = w;
          writers.add(
              Thread.ofVirtual()
                  .start(
                      () -> {
                        for (int i = 0; !stop.get() && i < 100_000; i++) {
                          try {
                            String id = append(storage, roomId, writer + "-" + i);
                            acked.add(new Ack(id, System.nanoTime()));
                          } catch (RuntimeException redisGone) {
                            return;
                          }
                        }
                      }));
        }
        Thread.sleep(RUN);
        int beforeKill = acked.size();
        killedAt = System.nanoTime();
        redis.kill();
        stop.set(true);
        for (Thread writer : writers) {
          writer.join(Duration.ofSeconds(10));
        }
        System.out.printf(
            "appendfsync %s: %d acknowledged appends/s with %d writers%n",
            appendfsync, beforeKill * 1000 / RUN.toMillis(), WRITERS);
      }
      redis.restart();
      try (RedisStorage storage = RedisStorage.open(redis.url(), RedisDurability.RELAXED)) {
        MessagePage all = storage.messages().newest(roomId, acked.size() + 10);
        Set<String> stored =
            all.messages().stream().map(m -> m.messageId()).collect(Collectors.toSet());
        List<Ack> lost = acked.stream().filter(ack -> !stored.contains(ack.messageId())).toList();
        System.out.printf(
            "appendfsync %s: kill -9 of Redis after %d acknowledged appends: %d lost%n",
            appendfsync, acked.size(), lost.size());
        long window = appendfsync.equals("always") ? 0 : EVERYSEC_WINDOW.toNanos();
        assertThat(lost).allSatisfy(ack -> assertThat(ack.at()).isGreaterThan(killedAt - window));
      }
    }
  }

  private record Ack(String messageId, long at) {}

  private static String append(RedisStorage storage, String roomId, String clientMsgId) {
    return storage
        .messages()
        .append(new NewMessage(roomId, "u-w", "w", "x", clientMsgId, System.currentTimeMillis()))
        .message()
        .messageId();
  }
}
