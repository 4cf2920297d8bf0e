package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.server.store.RedisTopology;
import chat.server.store.StoreException;
import chat.server.store.UserAccount;
import chat.server.support.SentinelGroup;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Sentinel deployment whose data nodes and sentinels each require a password: the adapter signs
 * in to both with the passwords of {@code REDIS_PASSWORD} and {@code REDIS_SENTINEL_PASSWORD}, and
 * a wrong one fails opening without showing either.
 */
class SentinelPasswordsTest {

  private static final String DATA_PASSWORD = "data-secret-1";
  private static final String SENTINEL_PASSWORD = "sentinel-secret-2";

  private static SentinelGroup group;

  @BeforeAll
  static void start() throws Exception {
    group = SentinelGroup.startWithPasswords(DATA_PASSWORD, SENTINEL_PASSWORD);
  }

  @AfterAll
  static void stop() throws Exception {
    group.close();
  }

  @Test
  void theNodesSignInToTheSentinelsAndThePrimaryWithTheirPasswords() {
    try (RedisStorage storage = RedisStorage.open(group.topology())) {
      storage.users().insert(new UserAccount("u1", "alice", "hash", 1_000, 0));

      assertThat(storage.users().findById("u1")).isPresent();
      assertThat(storage.isReachable()).isTrue();
    }
  }

  @Test
  void aWrongSentinelPasswordFailsOpeningWithoutShowingIt() {
    RedisTopology.Sentinel right = group.topology();
    RedisTopology.Sentinel wrong =
        new RedisTopology.Sentinel(
            right.sentinels(), right.masterName(), right.credentials(), Optional.of("not-it-3"));

    assertThatThrownBy(() -> RedisStorage.open(wrong))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("sentinels")
        .hasMessageNotContaining("not-it-3")
        .hasMessageNotContaining(DATA_PASSWORD);
  }

  @Test
  void aWrongDataPasswordFailsOpeningWithoutShowingIt() {
    RedisTopology.Sentinel right = group.topology();
    RedisTopology.Sentinel wrong =
        new RedisTopology.Sentinel(
            right.sentinels(),
            right.masterName(),
            new RedisTopology.Credentials(Optional.empty(), Optional.of("not-it-4"), false),
            right.sentinelPassword());

    assertThatThrownBy(() -> RedisStorage.open(wrong))
        .isInstanceOf(StoreException.class)
        .hasMessageNotContaining("not-it-4")
        .hasMessageNotContaining(SENTINEL_PASSWORD);
  }
}
