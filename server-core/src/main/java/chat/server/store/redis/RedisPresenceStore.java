package chat.server.store.redis;

import chat.server.store.PresenceStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import redis.clients.jedis.Response;

/**
 * Presence across nodes. Each node counts its own sockets per user in memory, which is the truth,
 * and publishes the counts in a hash of its own; it beats its heartbeat into {@link
 * RedisKeys#liveNodes}. A node silent for {@link PresenceSettings#nodeTimeout} no longer counts, so
 * the users of a node that died go offline without anyone closing their sockets, and the next
 * heartbeat of any node clears its hash. Every heartbeat rewrites the node's hash from memory, so a
 * node that was merely slow (a long pause, a Redis restart) puts its users back within one beat,
 * and a write that raced another is corrected by the next beat.
 *
 * <p><b>The Bloom filter.</b> Asking about a large member list exactly costs one {@code HMGET} per
 * live node. Before that, one {@code BITFIELD} per window asks a Bloom filter of the users online
 * in the current and the previous window, and only its "maybe" answers get the exact check: a "no"
 * is certain, so most offline users of a big room cost one bit lookup each. Filters cannot forget,
 * so they are per time window: a user is added when a socket opens and again by their node's
 * heartbeat in each new window; a window's filter expires after three windows, and someone who left
 * stops being a "maybe" two windows later.
 */
final class RedisPresenceStore implements PresenceStore {

  /** Lists shorter than this go straight to the exact check: the filter would not pay. */
  static final int FILTER_MIN_USERS = 32;

  private final Redis redis;
  private final PresenceSettings settings;
  private final Clock clock;
  private final RedisBloomFilter filter;
  private final ConcurrentHashMap<String, Integer> localSockets = new ConcurrentHashMap<>();
  private final String nodeId = "n_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));

  RedisPresenceStore(Redis redis, PresenceSettings settings, Clock clock) {
    this.redis = redis;
    this.settings = settings;
    this.clock = clock;
    this.filter =
        new RedisBloomFilter(BloomShape.of(settings.filterCapacity(), settings.filterErrorRate()));
  }

  @Override
  public void socketOpened(String userId) {
    int count = localSockets.merge(userId, 1, Integer::sum);
    String window = RedisKeys.onlineFilter(window(clock.millis()));
    redis.pipelined(
        "presence: socket opened",
        pipeline -> {
          pipeline.hset(RedisKeys.nodeSockets(nodeId), userId, Integer.toString(count));
          filter.add(pipeline, window, List.of(userId));
          pipeline.pexpire(window, 3 * windowMillis());
          return () -> null;
        });
  }

  @Override
  public boolean socketClosed(String userId) {
    Integer left =
        localSockets.computeIfPresent(userId, (id, count) -> count > 1 ? count - 1 : null);
    if (left != null) {
      redis.call(
          "presence: socket closed",
          jedis -> jedis.hset(RedisKeys.nodeSockets(nodeId), userId, left.toString()));
      return false;
    }
    redis.call(
        "presence: socket closed", jedis -> jedis.hdel(RedisKeys.nodeSockets(nodeId), userId));
    return onlineAmong(List.of(userId)).isEmpty();
  }

  @Override
  public Set<String> onlineAmong(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Set.of();
    }
    long now = clock.millis();
    List<String> candidates =
        userIds.size() < FILTER_MIN_USERS ? List.copyOf(userIds) : maybeOnline(userIds, now);
    if (candidates.isEmpty()) {
      return Set.of();
    }
    List<String> nodes =
        redis.call(
            "presence: live nodes",
            jedis ->
                jedis.zrangeByScore(
                    RedisKeys.liveNodes(),
                    now - settings.nodeTimeout().toMillis(),
                    Double.MAX_VALUE));
    return redis.pipelined(
        "presence: who is online",
        pipeline -> {
          List<Response<List<String>>> counts = new ArrayList<>();
          String[] fields = candidates.toArray(String[]::new);
          for (String node : nodes) {
            counts.add(pipeline.hmget(RedisKeys.nodeSockets(node), fields));
          }
          return () -> {
            Set<String> online = new HashSet<>();
            for (Response<List<String>> nodeCounts : counts) {
              List<String> values = nodeCounts.get();
              for (int i = 0; i < fields.length; i++) {
                if (values.get(i) != null) {
                  online.add(fields[i]);
                }
              }
            }
            return online;
          };
        });
  }

  /**
   * Marks this node alive, republishes its counts, re-adds its users to the current window's
   * filter, and clears the counts of nodes that stopped beating.
   */
  @Override
  public void heartbeat() {
    long now = clock.millis();
    String window = RedisKeys.onlineFilter(window(now));
    Map<String, String> counts = new HashMap<>();
    localSockets.forEach((user, count) -> counts.put(user, count.toString()));
    redis.atomically(
        "presence: republish",
        RedisKeys.nodeSockets(nodeId),
        transaction -> {
          transaction.del(RedisKeys.nodeSockets(nodeId));
          if (!counts.isEmpty()) {
            transaction.hset(RedisKeys.nodeSockets(nodeId), counts);
          }
        });
    List<String> dead =
        redis.call(
            "presence: heartbeat",
            jedis -> {
              jedis.zadd(RedisKeys.liveNodes(), now, nodeId);
              return jedis.zrangeByScore(
                  RedisKeys.liveNodes(), 0, now - settings.nodeTimeout().toMillis() - 1);
            });
    redis.pipelined(
        "presence: refresh",
        pipeline -> {
          filter.add(pipeline, window, counts.keySet());
          pipeline.pexpire(window, 3 * windowMillis());
          for (String node : dead) {
            pipeline.del(RedisKeys.nodeSockets(node));
            pipeline.zrem(RedisKeys.liveNodes(), node);
          }
          return () -> null;
        });
  }

  /** This node leaves: its sockets stop counting at once. */
  void leave() {
    redis.pipelined(
        "presence: leave",
        pipeline -> {
          pipeline.del(RedisKeys.nodeSockets(nodeId));
          pipeline.zrem(RedisKeys.liveNodes(), nodeId);
          return () -> null;
        });
  }

  private List<String> maybeOnline(Collection<String> userIds, long now) {
    List<String> asked = List.copyOf(new HashSet<>(userIds));
    long current = window(now);
    Set<String> maybe =
        redis.pipelined(
            "presence: filter",
            pipeline -> {
              Supplier<Set<String>> inCurrent =
                  filter.mayContain(pipeline, RedisKeys.onlineFilter(current), asked);
              Supplier<Set<String>> inPrevious =
                  filter.mayContain(pipeline, RedisKeys.onlineFilter(current - 1), asked);
              return () -> {
                Set<String> either = new HashSet<>(inCurrent.get());
                either.addAll(inPrevious.get());
                return either;
              };
            });
    return asked.stream().filter(maybe::contains).toList();
  }

  /** A window spans the node timeout, many heartbeats, so every live node beats in each one. */
  private long windowMillis() {
    return settings.nodeTimeout().toMillis();
  }

  private long window(long now) {
    return now / windowMillis();
  }
}
