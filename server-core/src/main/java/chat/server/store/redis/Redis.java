package chat.server.store.redis;

import chat.server.store.RedisTopology;
import chat.server.store.StorageUnavailableException;
import chat.server.store.StoreException;
import java.net.URI;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.commands.ScriptingKeyCommands;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisRedirectionException;
import redis.clients.jedis.params.SetParams;

/**
 * The pooled connections to one Redis, or to the shards of a Redis Cluster ({@link RedisNodes}),
 * and the only place where a Jedis failure becomes a {@link StoreException}.
 *
 * <p><b>Every wait is bounded.</b> Connecting and each reply wait at most {@link #TIMEOUT}, and so
 * does borrowing a connection from the pool: an exhausted pool would otherwise park the calling
 * (virtual) thread for ever (jedis#3927). A dead or frozen Redis therefore costs a caller a {@code
 * StoreException} within a few seconds, never a hang. A command takes Redis well under a
 * millisecond, so the default {@value #POOL_SIZE} connections carry thousands of calls a second;
 * beyond that, callers queue for a connection (boundedly). A caller that waited {@link #TIMEOUT}
 * for one fails like any other Redis failure: on a starved machine a burst of calls (a thousand
 * sockets authenticating at once) can exhaust the pool so, and {@code REDIS_POOL_SIZE} sets its
 * size. Idle connections are checked every few seconds, so those that a Redis restart broke are
 * dropped soon after; until then a call that draws one fails once.
 *
 * <p><b>On a Redis Cluster</b> (decision record 0018) no command may touch keys of two slots.
 * Single commands and pipelines go through Jedis's cluster client, which sends each to its key's
 * shard; what must stay on one connection ({@link #atomically}, {@link #acknowledged}) names a key
 * and runs on a connection to that key's primary; what concerns a server runs on every primary
 * ({@link #onEachPrimary}).
 *
 * <p><b>Acknowledged writes.</b> {@link #acknowledged} runs a write that a client is told is
 * durable; with replicas to wait for ({@link RedisDurability}), it waits for them on the connection
 * that wrote, since {@code WAIT} counts only that connection's writes.
 */
final class Redis implements AutoCloseable {

  /** The longest any single wait on Redis may take: connect, reply, or a free connection. */
  static final Duration TIMEOUT = Duration.ofSeconds(2);

  /** Connections kept when {@code REDIS_POOL_SIZE} says nothing else. */
  static final int POOL_SIZE = 32;

  /**
   * How often a call whose slot moved is sent, the map of slots read again before each resend; a
   * redirection means nothing ran, so sending again is safe.
   */
  private static final int REDIRECTED_ATTEMPTS = 3;

  private static final Duration REDIRECTED_PAUSE = Duration.ofMillis(50);

  private final RedisNodes nodes;
  private final UnifiedJedis client;
  private final JedisClientConfig config;
  private final RedisDurability durability;

  /** Set by {@link #close}: a cluster client still hands out connections after it is closed. */
  private volatile boolean closed;

  private Redis(RedisNodes nodes, RedisDurability durability) {
    this.nodes = nodes;
    this.client = nodes.client();
    this.config = nodes.config();
    this.durability = durability;
  }

  /**
   * A pool of {@code poolSize} connections to {@code redis://[[user]:password@]host[:port][/db]},
   * or {@code rediss://} for TLS.
   *
   * @throws IllegalArgumentException if the URL is not such a URL
   */
  static Redis connect(URI url, int poolSize) {
    return connect(new RedisTopology.Standalone(url), poolSize, RedisDurability.STRICT);
  }

  /**
   * Like {@link #connect(URI, int)}, on any {@code topology}, with acknowledged writes as {@code
   * durability} says.
   */
  static Redis connect(RedisTopology topology, int poolSize, RedisDurability durability) {
    return switch (topology) {
      case RedisTopology.Standalone standalone ->
          new Redis(RedisClients.single(standalone, poolSize), durability);
      case RedisTopology.Sentinel sentinel ->
          new Redis(
              RedisNodes.Sentineled.connect(sentinel, RedisClients.pool(poolSize)), durability);
      case RedisTopology.Cluster cluster ->
          new Redis(RedisNodes.Cluster.connect(cluster, RedisClients.pool(poolSize)), durability);
    };
  }

  /** Runs commands on a pooled connection; {@code what} names the operation in a failure. */
  <T> T call(String what, Function<UnifiedJedis, T> commands) {
    try {
      return commands.apply(client);
    } catch (JedisException e) {
      throw RedisFailures.failure(what, e);
    }
  }

  /**
   * Runs a write whose success a client is told is durable; every key it touches shares {@code
   * key}'s hash tag. Without replicas to wait for, that is {@link #call}. With them, on one
   * connection to the primary that owns {@code key}: the write, a write of the tag's {@linkplain
   * RedisKeys#ackProbe probe key}, then {@code WAIT}. The probe makes the wait cover what an
   * earlier connection wrote too: a resend that finds its message already stored writes nothing
   * itself, yet must not be acknowledged before the replicas have that message (the replication
   * stream is in order, so a replica that has the probe has everything written before it). It lies
   * in the write's slot, so on a cluster it goes to the same shard, whose replicas {@code WAIT}
   * counts.
   *
   * @throws StorageUnavailableException when fewer replicas than required confirm in time; the
   *     write stays on the primary, so a retry of an idempotent write answers what it stored
   */
  <T> T acknowledged(String what, String key, Function<ScriptingKeyCommands, T> write) {
    if (!durability.waitsForReplicas()) {
      return call(what, write::apply);
    }
    return onShardOf(
        what,
        key,
        jedis -> {
          T result = write.apply(jedis);
          try {
            jedis.set(RedisKeys.ackProbe(key), "", SetParams.setParams().px(10_000));
          } catch (JedisRedirectionException moved) {
            // The write ran before its slot moved: running it again is not for us to decide.
            throw new JedisException("the slot moved after the write", moved);
          }
          awaitReplicas(jedis, what);
          return result;
        });
  }

  /**
   * Runs {@code commands} on a connection of their own to the primary that owns {@code key}. A
   * reply that says the slot lives elsewhere now ({@code MOVED}, or a transaction aborted by one)
   * means nothing ran: the map of slots is read again and the commands run again, {@value
   * #REDIRECTED_ATTEMPTS} times at most in all. A lost connection also renews the map, for the next
   * call, but is not retried (a write may have run).
   */
  private <T> T onShardOf(String what, String key, Function<Jedis, T> commands) {
    if (closed) {
      throw new StoreException("Redis is closed: " + what, null);
    }
    for (int attempt = 1; ; attempt++) {
      try (Jedis jedis = new Jedis(nodes.forKey(key))) {
        return commands.apply(jedis);
      } catch (JedisException e) {
        boolean redirected = RedisFailures.redirected(e);
        if (redirected || e instanceof JedisConnectionException) {
          refreshQuietly(attempt);
        }
        if (!redirected || attempt == REDIRECTED_ATTEMPTS) {
          throw RedisFailures.failure(what, e);
        }
      }
    }
  }

  /**
   * Reads the map of slots again, after {@code attempt} calls were redirected: the first time at
   * once, later after a short pause, since a renewal already under way (the periodic one) makes
   * this one return at once, and a node asked just after a failover may not know it yet.
   */
  private void refreshQuietly(int attempt) {
    try {
      if (attempt > 1) {
        Thread.sleep(REDIRECTED_PAUSE.multipliedBy(attempt - 1));
      }
      nodes.refresh();
    } catch (JedisException unreachable) {
      // The periodic refresh tries again.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@code WAIT} for the replicas, reading its reply for longer than it may take to come. */
  private void awaitReplicas(Jedis jedis, String what) {
    long timeoutMillis = durability.ackTimeout().toMillis();
    int readTimeout = jedis.getConnection().getSoTimeout();
    jedis.getConnection().setSoTimeout((int) (timeoutMillis + TIMEOUT.toMillis()));
    long confirmed;
    try {
      confirmed = jedis.waitReplicas(durability.ackReplicas(), timeoutMillis);
    } finally {
      jedis.getConnection().setSoTimeout(readTimeout);
    }
    if (confirmed < durability.ackReplicas()) {
      throw new StorageUnavailableException(
          "only "
              + confirmed
              + " of "
              + durability.ackReplicas()
              + " Redis replicas confirmed within "
              + timeoutMillis
              + " ms: "
              + what,
          null);
    }
  }

  /**
   * Sends commands in one pipeline, one round trip (per shard, on a cluster): {@code commands}
   * queues them and returns how to read the result once their replies are in. Each command may be
   * of any slot, but none of several. A pipeline that met a moved slot is sent again after the map
   * of slots is read again ({@value #REDIRECTED_ATTEMPTS} times at most in all): pipelines only
   * read, or write what writing twice leaves the same.
   */
  <T> T pipelined(String what, Function<AbstractPipeline, Supplier<T>> commands) {
    for (int attempt = 1; ; attempt++) {
      try (AbstractPipeline pipeline = nodes.pipelined()) {
        Supplier<T> result = commands.apply(pipeline);
        pipeline.sync();
        return result.get();
      } catch (JedisException e) {
        boolean redirected = RedisFailures.redirected(e);
        if (redirected) {
          refreshQuietly(attempt);
        }
        if (!redirected || attempt == REDIRECTED_ATTEMPTS) {
          throw RedisFailures.failure(what, e);
        }
      } catch (NullPointerException e) {
        // Jedis's cluster pipeline, closed after one of its nodes died, may read from a connection
        // it never got (Jedis 8.0.2). Only that one is a store failure; ours stays a bug.
        if (!e.getStackTrace()[0].getClassName().startsWith("redis.clients.jedis.")) {
          throw e;
        }
        throw new StoreException("Redis failed: " + what, e);
      }
    }
  }

  /**
   * The hashes at {@code keys}, in their order, in one round trip; an empty map for a missing one.
   */
  List<Map<String, String>> hashes(String what, List<String> keys) {
    return pipelined(
        what,
        pipeline -> {
          List<Response<Map<String, String>>> replies =
              keys.stream().map(pipeline::hgetAll).toList();
          return () -> replies.stream().map(Response::get).toList();
        });
  }

  /**
   * Runs commands as one MULTI/EXEC transaction on the primary that owns {@code key}; all their
   * keys must share {@code key}'s hash tag.
   */
  void atomically(String what, String key, Consumer<AbstractTransaction> commands) {
    onShardOf(
        what,
        key,
        jedis -> {
          try (AbstractTransaction transaction = jedis.multi()) {
            commands.accept(transaction);
            return transaction.exec();
          }
        });
  }

  /**
   * PUBLISHes {@code message} on {@code channel}. On a cluster every node relays it to the others,
   * but a channel has no slot, so Jedis would send each PUBLISH to a node picked at random, and two
   * of one node's messages could then reach a subscriber in the wrong order (the second through its
   * own node, the first relayed from another). So each channel's messages go to one node: the
   * primary of the slot its name would have as a key.
   */
  void publish(String what, String channel, String message) {
    onShardOf(what, channel, jedis -> jedis.publish(channel, message));
  }

  /**
   * SPUBLISHes {@code message} on the shard channel {@code channel} (Redis 7.0 and later): through
   * the primary of the channel's slot, which passes it on to that shard's replicas only, not to the
   * whole cluster as a {@link #publish} is.
   */
  void publishToShard(String what, String channel, String message) {
    onShardOf(
        what, channel, jedis -> jedis.sendCommand(Protocol.Command.SPUBLISH, channel, message));
  }

  /** Whether this is a Redis Cluster, whose events of a room go on the room's shard channel. */
  boolean isCluster() {
    return nodes instanceof RedisNodes.Cluster;
  }

  /** Each primary with the slots it serves ({@link RedisNodes#slotsOfEachPrimary}). */
  Map<HostAndPort, BitSet> slotsOfEachPrimary() {
    try {
      return nodes.slotsOfEachPrimary();
    } catch (JedisException e) {
      throw RedisFailures.failure("read the map of slots", e);
    }
  }

  /**
   * Runs {@code commands} on every primary in turn (the one Redis, or each shard's): for what
   * concerns a server rather than a key, such as its configuration or a {@code SCAN} of its keys.
   */
  <T> List<T> onEachPrimary(String what, Function<Jedis, T> commands) {
    try {
      return nodes.onEachPrimary(commands);
    } catch (JedisException e) {
      throw RedisFailures.failure(what, e);
    }
  }

  /**
   * Whether Redis takes a write now: a short-lived key, refused on a full disk or when read-only;
   * on a cluster, also whether every slot has a primary.
   */
  boolean takesWrites() {
    try {
      return onShardOf(
          "write probe",
          RedisKeys.WRITE_PROBE,
          jedis ->
              "OK".equals(jedis.set(RedisKeys.WRITE_PROBE, "", SetParams.setParams().px(10_000)))
                  && nodes.servesEverySlot(jedis));
    } catch (StoreException e) {
      return false;
    }
  }

  /**
   * PINGs Redis.
   *
   * @throws StoreException if it does not answer
   */
  void ping() {
    onShardOf("ping", RedisKeys.WRITE_PROBE, Jedis::ping);
  }

  /**
   * Where to open a connection of one's own outside the pools (a subscriber's): the {@code
   * attempt}-th address to try, which on a cluster goes round its nodes, and with Sentinel is where
   * the sentinels last said the primary is.
   */
  HostAndPort address(int attempt) {
    try {
      return nodes.subscriberAddress(attempt);
    } catch (JedisException e) {
      throw RedisFailures.failure("find a node", e);
    }
  }

  /**
   * Whether a connection of one's own to {@code address} should move: with Sentinel, once that is
   * no longer the primary; elsewhere never (a node that dies fails its connections).
   */
  boolean movedFrom(HostAndPort address) {
    return nodes.movedFrom(address);
  }

  JedisClientConfig config() {
    return config;
  }

  @Override
  public void close() {
    closed = true;
    client.close();
  }
}
