package chat.server.store.redis;

import chat.server.store.RedisTopology;
import chat.server.store.RedisTrust;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * How this node's connections to Redis are made, on every topology: each wait bounded by {@link
 * Redis#TIMEOUT}, TLS trusting what {@code REDIS_TLS_CA_FILE} says, and the pools they are kept in.
 */
final class RedisClients {

  private static final Duration IDLE_CHECK_INTERVAL = Duration.ofSeconds(5);

  private RedisClients() {}

  /**
   * The one standalone Redis of a {@code redis://} or {@code rediss://} URL, with a pool of {@code
   * poolSize} connections.
   *
   * @throws IllegalArgumentException if the URL is not such a URL
   */
  static RedisNodes.Single single(RedisTopology.Standalone standalone, int poolSize) {
    URI url = standalone.url();
    if (!JedisURIHelper.isValid(url)
        || !("redis".equals(url.getScheme()) || "rediss".equals(url.getScheme()))) {
      throw new IllegalArgumentException(
          "not a redis:// or rediss:// URL with a host: " + standalone.describe());
    }
    JedisClientConfig config =
        clientConfig(DefaultJedisClientConfig.builder(url), standalone.trust());
    HostAndPort address = JedisURIHelper.getHostAndPort(url);
    RedisClient client =
        RedisClient.builder()
            .hostAndPort(address)
            .clientConfig(config)
            .poolConfig(pool(poolSize))
            .build();
    return new RedisNodes.Single(client, address, config);
  }

  /**
   * {@code config}, with connecting and every reply waiting at most {@link Redis#TIMEOUT}, and TLS,
   * if it speaks it, trusting {@code trust}'s certificate authorities rather than the JVM's. Either
   * way TLS checks that the certificate names the host connected to.
   */
  static JedisClientConfig clientConfig(
      DefaultJedisClientConfig.Builder config, Optional<RedisTrust> trust) {
    int timeoutMillis = (int) Redis.TIMEOUT.toMillis();
    trust.ifPresent(authorities -> config.sslSocketFactory(authorities.socketFactory()));
    return config
        .connectionTimeoutMillis(timeoutMillis)
        .socketTimeoutMillis(timeoutMillis)
        .clientName("chat-server")
        .build();
  }

  /** {@code poolSize} connections, borrowed within {@link Redis#TIMEOUT}, idle ones checked. */
  static ConnectionPoolConfig pool(int poolSize) {
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(poolSize);
    pool.setMaxIdle(poolSize);
    pool.setBlockWhenExhausted(true);
    pool.setMaxWait(Redis.TIMEOUT);
    pool.setTestWhileIdle(true);
    pool.setTimeBetweenEvictionRuns(IDLE_CHECK_INTERVAL);
    return pool;
  }
}
