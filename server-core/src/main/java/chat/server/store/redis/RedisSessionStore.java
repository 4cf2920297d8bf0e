package chat.server.store.redis;

import chat.server.store.Session;
import chat.server.store.SessionStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.params.ZRangeParams;
import redis.clients.jedis.resps.Tuple;

/**
 * Sessions in a hash each ({@link RedisKeys#sessionInfo}) that expires by itself, and a per-user
 * sorted set of session ids ({@link RedisKeys#userSessions}) for {@link #listLive}.
 *
 * <p><b>Expiry.</b> A session's hash lives {@link #GRACE_MILLIS} longer than the session, then
 * Redis deletes it: a revoked session stays findable (so a reused refresh token is recognized as
 * such) for as long as its tokens could have worked. Its lifetime is set as a duration (PEXPIRE of
 * {@code expiresAt} minus the caller's time: {@code now} on rotation, {@code lastUsedAt} on
 * insert), not as an instant (PEXPIREAT {@code expiresAt}): the port's times come from the caller's
 * clock, which need not agree with Redis's, and a duration measured on one clock means the same on
 * the other. The grace covers nodes whose clocks run a little behind.
 *
 * <p><b>Order of writes.</b> The user's index (tag {@code {user:ID}}) and the session (tag {@code
 * {session:ID}}) cannot change in one atomic step. The index entry is written first, so every
 * session is listed; an entry whose hash is gone (expired, or never written because a node died in
 * between) is skipped by readers and pruned once it is older than the grace period, an age at which
 * no insert can still be in flight.
 */
final class RedisSessionStore implements SessionStore {

  /** How long a session's hash outlives the session. */
  static final long GRACE_MILLIS = 60_000;

  private final Redis redis;
  private final RotateSessionScript rotateSession = new RotateSessionScript();
  private final HashCompareAndSetScript compareAndSet = new HashCompareAndSetScript();

  RedisSessionStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public void insert(Session session) {
    String key = RedisKeys.sessionInfo(session.sessionId());
    redis.call(
        "index session",
        jedis ->
            jedis.zadd(
                RedisKeys.userSessions(session.userId()),
                session.createdAt(),
                session.sessionId()));
    redis.atomically(
        "insert session",
        key,
        transaction -> {
          transaction.hset(key, fields(session));
          transaction.pexpire(key, ttlMillis(session.expiresAt(), session.lastUsedAt()));
        });
  }

  @Override
  public Optional<Session> find(String sessionId) {
    return session(
        redis.call("find session", jedis -> jedis.hgetAll(RedisKeys.sessionInfo(sessionId))));
  }

  @Override
  public List<Session> listLive(String userId, long now) {
    String index = RedisKeys.userSessions(userId);
    List<Tuple> entries =
        redis.call(
            "list sessions",
            jedis -> jedis.zrangeWithScores(index, ZRangeParams.zrangeParams(0, -1).rev()));
    List<Map<String, String>> hashes =
        redis.hashes(
            "load sessions",
            entries.stream().map(entry -> RedisKeys.sessionInfo(entry.getElement())).toList());
    List<Session> live = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Optional<Session> session = session(hashes.get(i));
      if (session.isPresent() && session.get().isLive(now)) {
        live.add(session.get());
      } else if (session.isEmpty() && entries.get(i).getScore() < now - GRACE_MILLIS) {
        gone.add(entries.get(i).getElement());
      }
    }
    if (!gone.isEmpty()) {
      redis.call("prune sessions", jedis -> jedis.zrem(index, gone.toArray(String[]::new)));
    }
    return live;
  }

  @Override
  public boolean rotate(
      String sessionId, String expectedTokenId, String newTokenId, long now, long newExpiresAt) {
    return rotateSession.rotate(
        redis,
        sessionId,
        expectedTokenId,
        newTokenId,
        now,
        newExpiresAt,
        ttlMillis(newExpiresAt, now));
  }

  /** Leaves the hash's expiry alone: a revoked session is kept as long as it would have lived. */
  @Override
  public boolean revoke(String sessionId, long now) {
    return compareAndSet.set(
        redis, RedisKeys.sessionInfo(sessionId), "revokedAt", "0", "revokedAt", Long.toString(now));
  }

  /** How long the hash of a session expiring at {@code expiresAt} is kept, from {@code now}. */
  private static long ttlMillis(long expiresAt, long now) {
    return Math.max(expiresAt - now, 0) + GRACE_MILLIS;
  }

  private static Map<String, String> fields(Session session) {
    Map<String, String> fields = new HashMap<>();
    fields.put("sessionId", session.sessionId());
    fields.put("userId", session.userId());
    fields.put("createdAt", Long.toString(session.createdAt()));
    fields.put("lastUsedAt", Long.toString(session.lastUsedAt()));
    if (session.userAgent() != null) {
      fields.put("userAgent", session.userAgent());
    }
    fields.put("refreshTokenId", session.refreshTokenId());
    fields.put("expiresAt", Long.toString(session.expiresAt()));
    fields.put("revokedAt", Long.toString(session.revokedAt()));
    return fields;
  }

  private static Optional<Session> session(Map<String, String> hash) {
    if (hash.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Session(
            hash.get("sessionId"),
            hash.get("userId"),
            Long.parseLong(hash.get("createdAt")),
            Long.parseLong(hash.get("lastUsedAt")),
            hash.get("userAgent"),
            hash.get("refreshTokenId"),
            Long.parseLong(hash.get("expiresAt")),
            Long.parseLong(hash.get("revokedAt"))));
  }
}
