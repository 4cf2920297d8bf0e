package chat.server.store.redis;

import static chat.protocol.model.RoomVisibility.PRIVATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.server.store.AppendResult;
import chat.server.store.NewMessage;
import chat.server.store.StorageUnavailableException;
import chat.server.store.StoreException;
import chat.server.store.UserAccount;
import chat.server.support.RedisServerExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What only the Redis adapter promises: its URLs, its durability, and how it fails. */
@Tag(RedisServerExtension.STANDALONE_TAG)
class RedisStorageTest {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  /** Comfortably above {@link Redis#TIMEOUT}, far below a hang. */
  private static final Duration PROMPTLY = Duration.ofSeconds(5);

  private static final UserAccount ALICE = new UserAccount("u1", "alice", "hash", 1_000, 0);

  private static NewMessage hello(String clientMsgId) {
    return new NewMessage("r1", "u1", "alice", "hello", clientMsgId, 5_000);
  }

  private static void createRoom(RedisStorage storage) {
    storage.users().insert(ALICE);
    storage.rooms().create(new Room("r1", "Team", PRIVATE, "u1", 1_000, 0), List.of());
  }

  /** Runs {@code call}, which must fail with a StoreException, and returns how long it took. */
  private static Duration timeToFailure(Runnable call) {
    long start = System.nanoTime();
    assertThatThrownBy(call::run).isInstanceOf(StoreException.class);
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @Test
  void saysItIsRedisAndIsReachable() {
    try (RedisStorage storage = RedisStorage.open(redis.topology())) {
      assertThat(storage.mode()).isEqualTo("redis");
      assertThat(storage.isReachable()).isTrue();
    }
  }

  @Test
  void isReachableUntilClosedAndThenFailsWithStoreException() {
    RedisStorage storage = RedisStorage.open(redis.topology());

    storage.close();

    assertThat(storage.isReachable()).isFalse();
    assertThatThrownBy(() -> storage.users().findById("u1")).isInstanceOf(StoreException.class);
  }

  @Test
  void theDatabaseNumberOfTheUrlIsUsed() {
    try (RedisStorage storage = RedisStorage.open(URI.create(redis.url() + "/3"))) {
      storage.users().insert(ALICE);
    }

    boolean inDefaultDatabase = redis.onServer(jedis -> jedis.exists(RedisKeys.userInfo("u1")));
    boolean inDatabaseThree =
        redis.onServer(
            jedis -> {
              jedis.select(3);
              return jedis.exists(RedisKeys.userInfo("u1"));
            });
    assertThat(inDefaultDatabase).isFalse();
    assertThat(inDatabaseThree).isTrue();
  }

  @Test
  void aUrlThatIsNotRedisIsRefused() {
    assertThatThrownBy(() -> RedisStorage.open(URI.create("http://127.0.0.1:6379")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnreachableRedisFailsOpeningPromptlyWithoutShowingThePassword() throws Exception {
    redis.kill();

    URI withPassword = URI.create("redis://:hunter2@127.0.0.1:" + redis.url().getPort());
    Duration took = timeToFailure(() -> RedisStorage.open(withPassword));

    assertThat(took).isLessThan(PROMPTLY);
    assertThatThrownBy(() -> RedisStorage.open(withPassword)).hasMessageNotContaining("hunter2");
  }

  @Test
  void aKilledRedisGivesStoreExceptionsPromptly() throws Exception {
    try (RedisStorage storage = RedisStorage.open(redis.topology())) {
      createRoom(storage);

      redis.kill();

      assertThat(timeToFailure(() -> storage.users().findById("u1"))).isLessThan(PROMPTLY);
      assertThat(timeToFailure(() -> storage.messages().append(hello("c1")))).isLessThan(PROMPTLY);
      assertThat(storage.isReachable()).isFalse();
    }
  }

  @Test
  void aFrozenRedisGivesStoreExceptionsPromptlyInsteadOfAHang() {
    try (RedisStorage storage = RedisStorage.open(redis.topology())) {
      createRoom(storage);

      redis.pause();
      try {
        assertThat(timeToFailure(() -> storage.messages().append(hello("c1"))))
            .isLessThan(PROMPTLY);
        assertThat(storage.isReachable()).isFalse();
      } finally {
        redis.resume();
      }
    }
  }

  @Test
  void anAcknowledgedMessageSurvivesKillMinusNineOfRedis() throws Exception {
    Message acknowledged;
    try (RedisStorage storage = RedisStorage.open(redis.topology())) {
      createRoom(storage);
      acknowledged = storage.messages().append(hello("c1")).message();

      redis.kill();
    }
    redis.restart();

    try (RedisStorage storage = RedisStorage.open(redis.topology())) {
      assertThat(storage.messages().latest("r1")).contains(acknowledged);
      AppendResult resent = storage.messages().append(hello("c1"));
      assertThat(resent.created()).isFalse();
      assertThat(resent.message()).isEqualTo(acknowledged);
    }
  }

  @Test
  void onlyAnAppendOnlyFileSyncedOnEveryWriteKeepsEveryAcknowledgedMessage() {
    assertThat(RedisStorage.durabilityGap(Map.of("appendonly", "yes", "appendfsync", "always")))
        .isEmpty();
    assertThat(RedisStorage.durabilityGap(Map.of("appendonly", "yes", "appendfsync", "everysec")))
        .hasValueSatisfying(gap -> assertThat(gap).contains("appendfsync"));
    assertThat(RedisStorage.durabilityGap(Map.of("appendonly", "no", "appendfsync", "always")))
        .hasValueSatisfying(gap -> assertThat(gap).contains("appendonly"));
  }

  @Test
  void theTestRedisRunsWithTheDurabilityTheAdapterNeeds() {
    Map<String, String> config = redis.onServer(jedis -> jedis.configGet("append*"));

    assertThat(config).containsEntry("appendonly", "yes").containsEntry("appendfsync", "always");
  }

  @Test
  void aRedisOutOfMemoryRefusesWritesAsStorageUnavailableAndIsNotReadyUntilItHasRoom() {
    try (RedisStorage storage = RedisStorage.open(redis.topology())) {
      createRoom(storage);
      redis.onServer(jedis -> jedis.configSet("maxmemory", "1"));
      try {
        assertThatThrownBy(() -> storage.messages().append(hello("c1")))
            .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> storage.users().insert(new UserAccount("u2", "bob", "h", 1, 0)))
            .isInstanceOf(StorageUnavailableException.class);
        assertThat(storage.isReachable()).isFalse();
      } finally {
        redis.onServer(jedis -> jedis.configSet("maxmemory", "0"));
      }

      assertThat(storage.isReachable()).isTrue();
      assertThat(storage.messages().append(hello("c1")).created()).isTrue();
    }
  }

  @Test
  void aReadOnlyReplicaRefusesWritesAsStorageUnavailable() {
    try (RedisStorage storage = RedisStorage.open(redis.topology())) {
      createRoom(storage);
      // A master that does not exist: the replica keeps its data and refuses every write.
      redis.onServer(jedis -> jedis.replicaof("127.0.0.1", 1));
      try {
        assertThatThrownBy(() -> storage.messages().append(hello("c2")))
            .isInstanceOf(StorageUnavailableException.class);
        assertThat(storage.isReachable()).isFalse();
      } finally {
        redis.onServer(jedis -> jedis.replicaofNoOne());
      }

      assertThat(storage.isReachable()).isTrue();
    }
  }
}
