package chat.server.store.redis;

import chat.server.store.StoreException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * The pooled connections to one Redis, and the only place where a Jedis failure becomes a {@link
 * StoreException}.
 *
 * <p><b>Every wait is bounded.</b> Connecting and each reply wait at most {@link #TIMEOUT}, and so
 * does borrowing a connection from the pool: an exhausted pool would otherwise park the calling
 * (virtual) thread for ever (jedis#3927). A dead or frozen Redis therefore costs a caller a {@code
 * StoreException} within a few seconds, never a hang. A command takes Redis well under a
 * millisecond, so {@value #POOL_SIZE} connections carry thousands of calls a second; beyond that,
 * callers queue for a connection (boundedly). Idle connections are checked every few seconds, so
 * those that a Redis restart broke are dropped soon after; until then a call that draws one fails
 * once.
 */
final class Redis implements AutoCloseable {

  /** The longest any single wait on Redis may take: connect, reply, or a free connection. */
  static final Duration TIMEOUT = Duration.ofSeconds(2);

  private static final int POOL_SIZE = 32;
  private static final Duration IDLE_CHECK_INTERVAL = Duration.ofSeconds(5);

  private final HostAndPort address;
  private final JedisClientConfig config;
  private final RedisClient client;

  private Redis(HostAndPort address, JedisClientConfig config, RedisClient client) {
    this.address = address;
    this.config = config;
    this.client = client;
  }

  /**
   * A pool for {@code redis://[[user]:password@]host[:port][/db]}, or {@code rediss://} for TLS.
   *
   * @throws IllegalArgumentException if the URL is not such a URL
   */
  static Redis connect(URI url) {
    if (!JedisURIHelper.isValid(url)
        || !("redis".equals(url.getScheme()) || "rediss".equals(url.getScheme()))) {
      throw new IllegalArgumentException(
          "not a redis:// or rediss:// URL with a host: " + withoutPassword(url));
    }
    int timeoutMillis = (int) TIMEOUT.toMillis();
    JedisClientConfig config =
        DefaultJedisClientConfig.builder(url)
            .connectionTimeoutMillis(timeoutMillis)
            .socketTimeoutMillis(timeoutMillis)
            .clientName("chat-server")
            .build();
    HostAndPort address = JedisURIHelper.getHostAndPort(url);
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(POOL_SIZE);
    pool.setMaxIdle(POOL_SIZE);
    pool.setBlockWhenExhausted(true);
    pool.setMaxWait(TIMEOUT);
    pool.setTestWhileIdle(true);
    pool.setTimeBetweenEvictionRuns(IDLE_CHECK_INTERVAL);
    RedisClient client =
        RedisClient.builder().hostAndPort(address).clientConfig(config).poolConfig(pool).build();
    return new Redis(address, config, client);
  }

  /** The URL as it may be logged: without its password. */
  static String withoutPassword(URI url) {
    return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }

  /** Runs commands on a pooled connection; {@code what} names the operation in a failure. */
  <T> T call(String what, Function<UnifiedJedis, T> commands) {
    try {
      return commands.apply(client);
    } catch (JedisException e) {
      throw new StoreException("Redis failed: " + what, e);
    }
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

  boolean ping() {
    try {
      return "PONG".equals(call("ping", UnifiedJedis::ping));
    } catch (StoreException e) {
      return false;
    }
  }

  /** Where Redis is, for a connection of one's own outside the pool (a subscriber's). */
  HostAndPort address() {
    return address;
  }

  JedisClientConfig config() {
    return config;
  }

  @Override
  public void close() {
    client.close();
  }
}
