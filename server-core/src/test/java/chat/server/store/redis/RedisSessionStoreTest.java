package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chat.server.store.Session;
import chat.server.store.SessionStoreContract;
import chat.server.store.Storage;
import chat.server.support.RedisServerExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisSessionStoreTest extends SessionStoreContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  private static final long NOW = 1_000_000;
  private static final long GRACE = RedisSessionStore.GRACE_MILLIS;

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }

  private static long millisToLive(String sessionId) {
    return redis.call(jedis -> jedis.pttl(RedisKeys.sessionInfo(sessionId)));
  }

  private static List<String> indexedSessions(String userId) {
    return redis.call(jedis -> jedis.zrange(RedisKeys.userSessions(userId), 0, -1));
  }

  private void login(String sessionId, String userId, long expiresAt) {
    storage.sessions().insert(new Session(sessionId, userId, NOW, NOW, null, "t1", expiresAt, 0));
  }

  @Test
  void aSessionIsKeptAGracePeriodBeyondItsExpiryAndRotationAndRevocationMoveThatRight() {
    login("s9", user("dave"), NOW + 60_000);
    assertThat(millisToLive("s9")).isCloseTo(60_000 + GRACE, within(5_000L));

    storage.sessions().rotate("s9", "t1", "t2", NOW + 1_000, NOW + 601_000);
    assertThat(millisToLive("s9")).isCloseTo(600_000 + GRACE, within(5_000L));

    storage.sessions().revoke("s9", NOW + 2_000);
    assertThat(millisToLive("s9")).isCloseTo(600_000 + GRACE, within(5_000L));
    assertThat(storage.sessions().find("s9").orElseThrow().userAgent()).isNull();
  }

  @Test
  void indexEntriesOfSessionsThatExpiredArePrunedOnceOlderThanTheGrace() {
    String dave = user("dave");
    login("gone", dave, NOW + 60_000);
    login("in-flight", dave, NOW + 60_000);
    login("live", dave, NOW + 60_000);
    redis.call(
        jedis -> jedis.del(RedisKeys.sessionInfo("gone"), RedisKeys.sessionInfo("in-flight")));

    assertThat(storage.sessions().listLive(dave, NOW + 1_000))
        .extracting(Session::sessionId)
        .containsExactly("live");
    assertThat(indexedSessions(dave)).containsExactlyInAnyOrder("gone", "in-flight", "live");

    storage.sessions().listLive(dave, NOW + GRACE + 1);
    assertThat(indexedSessions(dave)).containsExactly("live");
  }
}
