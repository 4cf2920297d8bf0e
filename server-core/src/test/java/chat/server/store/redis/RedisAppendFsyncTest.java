package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.server.store.MessagePage;
import chat.server.store.NewMessage;
import chat.server.support.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each {@code appendfsync} policy costs and what a {@code kill -9} of the Redis process loses.
 * A process kill loses nothing under either: what Redis wrote is in the kernel's page cache. What
 * {@code everysec} risks is a crash of the whole host, which loses the writes of the last second:
 * at the rate printed here, that many acknowledged messages. The README quotes these figures.
 */
class RedisAppendFsyncTest {

  private static final int WRITERS = 8;
  private static final Duration RUN = Duration.ofSeconds(1);

  @ParameterizedTest
  @ValueSource(strings = {"always", "everysec"})
  void killDashNineOfRedisLosesNoAcknowledgedAppend(String appendfsync) throws Exception {
    try (RedisServer redis = RedisServer.start(appendfsync)) {
      List<String> acked = new CopyOnWriteArrayList<>();
      String roomId;
      try (RedisStorage storage = RedisStorage.open(redis.url())) {
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
                            acked.add(append(storage, roomId, writer + "-" + i));
                          } catch (RuntimeException redisGone) {
                            return;
                          }
                        }
                      }));
        }
        Thread.sleep(RUN);
        int beforeKill = acked.size();
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
      try (RedisStorage storage = RedisStorage.open(redis.url())) {
        MessagePage all = storage.messages().newest(roomId, acked.size() + 10);
        List<String> stored = all.messages().stream().map(m -> m.messageId()).toList();
        System.out.printf(
            "appendfsync %s: kill -9 of Redis after %d acknowledged appends: %d lost%n",
            appendfsync, acked.size(), acked.stream().filter(id -> !stored.contains(id)).count());
        assertThat(stored).containsAll(acked);
      }
    }
  }

  private static String append(RedisStorage storage, String roomId, String clientMsgId) {
    return storage
        .messages()
        .append(new NewMessage(roomId, "u-w", "w", "x", clientMsgId, System.currentTimeMillis()))
        .message()
        .messageId();
  }
}
