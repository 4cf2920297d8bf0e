package chat.server.store.redis;

import chat.server.store.RedisTopology;
import chat.server.store.StorageUnavailableException;
import chat.server.store.StoreException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.commands.ScriptingKeyCommands;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * The pooled connections to Redis's primary (one Redis, or the primary Sentinel names), and the
 * only place where a Jedis failure becomes a {@link StoreException}.
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
 * <p><b>Acknowledged writes.</b> {@link #acknowledged} runs a write that a client is told is
 * durable; with replicas to wait for ({@link RedisDurability}), it waits for them on the connection
 * that wrote, since {@code WAIT} counts only that connection's writes.
 */
final class Redis implements AutoCloseable {

  /** The longest any single wait on Redis may take: connect, reply, or a free connection. */
  static final Duration TIMEOUT = Duration.ofSeconds(2);

  /** Connections kept when {@code REDIS_POOL_SIZE} says nothing else. */
  static final int POOL_SIZE = 32;

  /** The error codes of a write refused because Redis cannot take writes now. */
  private static final Pattern WRITES_REFUSED = Pattern.compile("(MISCONF|OOM|READONLY)\\b");

  private static final Duration IDLE_CHECK_INTERVAL = Duration.ofSeconds(5);

  private final UnifiedJedis client;
  private final Supplier<HostAndPort> primary;
  private final Supplier<Connection> primaryConnection;
  private final JedisClientConfig config;
  private final RedisDurability durability;

  /**
   * @param primary where the primary is now (it moves when Sentinel promotes a replica)
   * @param primaryConnection borrows a connection to it from {@code client}'s pool
   */
  private Redis(
      UnifiedJedis client,
      Supplier<HostAndPort> primary,
      Supplier<Connection> primaryConnection,
      JedisClientConfig config,
      RedisDurability durability) {
    this.client = client;
    this.primary = primary;
    this.primaryConnection = primaryConnection;
    this.config = config;
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
          standalone(standalone.url(), poolSize, durability);
      case RedisTopology.Sentinel sentinel -> sentineled(sentinel, poolSize, durability);
    };
  }

  private static Redis standalone(URI url, int poolSize, RedisDurability durability) {
    if (!JedisURIHelper.isValid(url)
        || !("redis".equals(url.getScheme()) || "rediss".equals(url.getScheme()))) {
      throw new IllegalArgumentException(
          "not a redis:// or rediss:// URL with a host: "
              + new RedisTopology.Standalone(url).describe());
    }
    JedisClientConfig config = bounded(DefaultJedisClientConfig.builder(url));
    HostAndPort address = JedisURIHelper.getHostAndPort(url);
    RedisClient client =
        RedisClient.builder()
            .hostAndPort(address)
            .clientConfig(config)
            .poolConfig(pool(poolSize))
            .build();
    return new Redis(
        client, () -> address, () -> client.getPool().getResource(), config, durability);
  }

  /**
   * Through Jedis's Sentinel client: it asks the sentinels, in their order, where the primary is,
   * keeps its pool on that primary, and listens on every sentinel for {@code +switch-master} to
   * move the pool to a promoted replica (decision record 0017).
   *
   * @throws StoreException if no sentinel answers where the primary is
   */
  private static Redis sentineled(
      RedisTopology.Sentinel sentinel, int poolSize, RedisDurability durability) {
    RedisTopology.Credentials credentials = sentinel.credentials();
    JedisClientConfig config =
        bounded(
            DefaultJedisClientConfig.builder()
                .user(credentials.user().orElse(null))
                .password(credentials.password().orElse(null))
                .ssl(credentials.tls()));
    JedisClientConfig sentinelConfig =
        bounded(
            DefaultJedisClientConfig.builder()
                // Jedis speaks RESP2 to sentinels; saying so spares a warning per connection.
                .serverDefaultProtocol()
                .password(sentinel.sentinelPassword().orElse(null))
                .ssl(credentials.tls()));
    Set<HostAndPort> sentinels = new LinkedHashSet<>();
    sentinel.sentinels().forEach(at -> sentinels.add(new HostAndPort(at.host(), at.port())));
    RedisSentinelClient client;
    try {
      client =
          RedisSentinelClient.builder()
              .masterName(sentinel.masterName())
              .sentinels(sentinels)
              .sentinelClientConfig(sentinelConfig)
              .clientConfig(config)
              .poolConfig(pool(poolSize))
              .build();
    } catch (JedisException e) {
      throw new StoreException("No sentinel says where the primary is: " + sentinel.describe(), e);
    }
    return new Redis(
        client,
        client::getCurrentMaster,
        () -> client.getPrimaryNodesConnectionMap().values().iterator().next().getResource(),
        config,
        durability);
  }

  /** Connecting and every reply wait at most {@link #TIMEOUT}. */
  private static JedisClientConfig bounded(DefaultJedisClientConfig.Builder config) {
    int timeoutMillis = (int) TIMEOUT.toMillis();
    return config
        .connectionTimeoutMillis(timeoutMillis)
        .socketTimeoutMillis(timeoutMillis)
        .clientName("chat-server")
        .build();
  }

  /** {@code poolSize} connections, borrowed within {@link #TIMEOUT}, idle ones checked. */
  private static ConnectionPoolConfig pool(int poolSize) {
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(poolSize);
    pool.setMaxIdle(poolSize);
    pool.setBlockWhenExhausted(true);
    pool.setMaxWait(TIMEOUT);
    pool.setTestWhileIdle(true);
    pool.setTimeBetweenEvictionRuns(IDLE_CHECK_INTERVAL);
    return pool;
  }

  /** Runs commands on a pooled connection; {@code what} names the operation in a failure. */
  <T> T call(String what, Function<UnifiedJedis, T> commands) {
    try {
      return commands.apply(client);
    } catch (JedisException e) {
      throw failure(what, e);
    }
  }

  private static StoreException failure(String what, JedisException e) {
    return refusesWrites(e)
        ? new StorageUnavailableException("Redis cannot take writes: " + what, e)
        : new StoreException("Redis failed: " + what, e);
  }

  /**
   * Runs a write whose success a client is told is durable. Without replicas to wait for, that is
   * {@link #call}. With them, on one connection borrowed from the pool: the write, a write of the
   * probe key, then {@code WAIT}. The probe makes the wait cover what an earlier connection wrote
   * too: a resend that finds its message already stored writes nothing itself, yet must not be
   * acknowledged before the replicas have that message (the replication stream is in order, so a
   * replica that has the probe has everything written before it).
   *
   * @throws StorageUnavailableException when fewer replicas than required confirm in time; the
   *     write stays on the primary, so a retry of an idempotent write answers what it stored
   */
  <T> T acknowledged(String what, Function<ScriptingKeyCommands, T> write) {
    if (!durability.waitsForReplicas()) {
      return call(what, write::apply);
    }
    try (Jedis jedis = new Jedis(primaryConnection.get())) {
      T result = write.apply(jedis);
      jedis.set(RedisKeys.WRITE_PROBE, "", SetParams.setParams().px(10_000));
      awaitReplicas(jedis, what);
      return result;
    } catch (JedisException e) {
      throw failure(what, e);
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
   * Whether Redis refused a write because it cannot take any: {@code MISCONF} (its last append-only
   * file or snapshot write failed, as on a full disk), {@code OOM} (at {@code maxmemory}) or {@code
   * READONLY} (a replica). A script's refused write carries the same code first.
   */
  static boolean refusesWrites(JedisException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JedisDataException reply
          && reply.getMessage() != null
          && WRITES_REFUSED.matcher(reply.getMessage()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sends commands in one pipeline, one round trip: {@code commands} queues them and returns how to
   * read the result once their replies are in.
   */
  <T> T pipelined(String what, Function<AbstractPipeline, Supplier<T>> commands) {
    return call(
        what,
        jedis -> {
          try (AbstractPipeline pipeline = jedis.pipelined()) {
            Supplier<T> result = commands.apply(pipeline);
            pipeline.sync();
            return result.get();
          }
        });
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

  /** Runs commands as one MULTI/EXEC transaction; all their keys must share one hash tag. */
  void atomically(String what, Consumer<AbstractTransaction> commands) {
    call(
        what,
        jedis -> {
          try (AbstractTransaction transaction = jedis.multi()) {
            commands.accept(transaction);
            return transaction.exec();
          }
        });
  }

  /**
   * Whether Redis takes a write now: a short-lived key, refused on a full disk or when read-only.
   */
  boolean takesWrites() {
    try {
      return "OK"
          .equals(
              call(
                  "write probe",
                  jedis -> jedis.set(RedisKeys.WRITE_PROBE, "", SetParams.setParams().px(10_000))));
    } catch (StoreException e) {
      return false;
    }
  }

  boolean ping() {
    try {
      return "PONG".equals(call("ping", UnifiedJedis::ping));
    } catch (StoreException e) {
      return false;
    }
  }

  /**
   * Where the primary is now, for a connection of one's own outside the pool (a subscriber's):
   * always the same on one Redis; with Sentinel, where the sentinels last said it is.
   */
  HostAndPort primary() {
    return primary.get();
  }

  JedisClientConfig config() {
    return config;
  }

  @Override
  public void close() {
    client.close();
  }
}
