package chat.server.store;

import java.net.URI;

/**
 * Which Redis deployment the nodes share, as the settings name it; the Redis adapter connects to
 * each kind through Jedis's own client for it.
 */
public sealed interface RedisTopology {

  /** Where Redis is, as it may be logged: addresses only, never a password. */
  String describe();

  /**
   * One Redis at {@code redis://[[user]:password@]host[:port][/db]}, or {@code rediss://} for TLS
   * ({@code REDIS_URL}).
   */
  record Standalone(URI url) implements RedisTopology {

    @Override
    public String describe() {
      return withoutPassword(url);
    }
  }

  /** {@code url} as it may be logged: scheme, host and port, without user, password or database. */
  private static String withoutPassword(URI url) {
    return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }
}
