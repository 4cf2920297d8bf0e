package chat.server.store.redis;

import chat.protocol.ProtocolJson;
import chat.protocol.http.AuditEntry;
import chat.server.store.AuditStore;
import java.util.List;
import redis.clients.jedis.resps.Tuple;

/**
 * The audit log as one sorted set, {@link RedisKeys#auditLog}: each member is an entry's JSON,
 * scored by its id, which {@code INCR} of {@link RedisKeys#auditSeq} hands out (unique on every
 * node). Removing old entries walks from the lowest id while entries are older than the cutoff; ids
 * follow time closely enough (nodes' clocks agree to within seconds) that an entry kept a little
 * past its time is all a skewed clock costs.
 */
final class RedisAuditStore implements AuditStore {

  /** How many of the oldest entries one step of {@link #removeOlderThan} reads. */
  private static final int REMOVAL_BATCH = 200;

  private final Redis redis;

  RedisAuditStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public AuditEntry append(AuditEntry entry) {
    long id = redis.call("next audit id", jedis -> jedis.incr(AccessKeys.auditSeq()));
    AuditEntry stored =
        new AuditEntry(
            id,
            entry.at(),
            entry.action(),
            entry.actorId(),
            entry.target(),
            entry.detail(),
            entry.address());
    redis.call(
        "append audit entry",
        jedis -> jedis.zadd(AccessKeys.auditLog(), id, ProtocolJson.encode(stored)));
    return stored;
  }

  @Override
  public List<AuditEntry> page(long before, int limit) {
    List<String> members =
        redis.call(
            "audit page",
            jedis -> jedis.zrevrangeByScore(AccessKeys.auditLog(), "(" + before, "-inf", 0, limit));
    return members.stream().map(json -> ProtocolJson.decode(json, AuditEntry.class)).toList();
  }

  @Override
  public int removeOlderThan(long cutoff) {
    int removed = 0;
    while (true) {
      List<Tuple> oldest =
          redis.call(
              "oldest audit entries",
              jedis -> jedis.zrangeWithScores(AccessKeys.auditLog(), 0, REMOVAL_BATCH - 1));
      long lastOld = -1;
      int old = 0;
      for (Tuple tuple : oldest) {
        if (ProtocolJson.decode(tuple.getElement(), AuditEntry.class).at() >= cutoff) {
          break;
        }
        lastOld = (long) tuple.getScore();
        old++;
      }
      if (old > 0) {
        long upTo = lastOld;
        redis.call(
            "remove old audit entries",
            jedis -> jedis.zremrangeByScore(AccessKeys.auditLog(), 0, upTo));
        removed += old;
      }
      if (old < REMOVAL_BATCH) {
        return removed;
      }
    }
  }
}
