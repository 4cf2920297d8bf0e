package chat.server.store;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which Redis deployment the nodes share, as the settings name it; the Redis adapter connects to
 * each kind through Jedis's own client for it.
 */
public sealed interface RedisTopology {

  /** Where Redis is, as it may be logged: addresses only, never a password. */
  String describe();

  /**
   * How many replicas an acknowledged message write waits for when {@code REDIS_ACK_REPLICAS} says
   * nothing (decision record 0016): 1 where a failover promotes a replica, so that the default
   * survives a promotion; 0 on a standalone Redis, whose own append-only file then keeps the acks.
   */
  int defaultAckReplicas();

  /**
   * One Redis at {@code redis://[[user]:password@]host[:port][/db]}, or {@code rediss://} for TLS
   * ({@code REDIS_URL}).
   *
   * @param trust the certificate authorities a {@code rediss://} connection trusts instead of the
   *     JVM's ({@code REDIS_TLS_CA_FILE})
   */
  record Standalone(URI url, Optional<RedisTrust> trust) implements RedisTopology {

    /** One Redis whose TLS, if any, trusts the JVM's certificate authorities. */
    public Standalone(URI url) {
      this(url, Optional.empty());
    }

    @Override
    public String describe() {
      return withoutPassword(url);
    }

    /** Never the URL's password, which must not reach a log. */
    @Override
    public String toString() {
      return "Standalone[" + describe() + trust.map(t -> ", trusting " + t.file()).orElse("") + "]";
    }

    @Override
    public int defaultAckReplicas() {
      return 0;
    }
  }

  /**
   * A primary and its replicas watched by Redis Sentinel ({@code REDIS_SENTINELS}, {@code
   * REDIS_MASTER_NAME}): the nodes ask the sentinels where the primary of {@code masterName} is,
   * and follow it when they promote a replica.
   *
   * @param sentinels where the sentinels listen; any one that answers will do
   * @param masterName the name the sentinels monitor the primary by
   * @param credentials how to sign in to the primary (and whether to speak TLS to it and to the
   *     sentinels)
   * @param sentinelUser the ACL user the sentinels let in, if not their default user
   * @param sentinelPassword the sentinels' own password ({@code requirepass} in their
   *     configuration, or that of {@code sentinelUser}), if they have one
   */
  record Sentinel(
      List<Address> sentinels,
      String masterName,
      Credentials credentials,
      Optional<String> sentinelUser,
      Optional<String> sentinelPassword)
      implements RedisTopology {

    public Sentinel {
      sentinels = List.copyOf(sentinels);
      if (sentinels.isEmpty() || masterName.isBlank()) {
        throw new IllegalArgumentException("a Sentinel deployment needs sentinels and a master");
      }
    }

    /** Sentinels that let in their default user, with {@code sentinelPassword} if they have one. */
    public Sentinel(
        List<Address> sentinels,
        String masterName,
        Credentials credentials,
        Optional<String> sentinelPassword) {
      this(sentinels, masterName, credentials, Optional.empty(), sentinelPassword);
    }

    @Override
    public String describe() {
      return "master '"
          + masterName
          + "' of sentinels "
          + sentinels.stream().map(Address::toString).collect(Collectors.joining(","));
    }

    @Override
    public int defaultAckReplicas() {
      return 1;
    }

    /** Never a password, which must not reach a log. */
    @Override
    public String toString() {
      return "Sentinel["
          + describe()
          + ", "
          + credentials
          + sentinelUser.map(user -> ", sentinelUser=" + user).orElse("")
          + ", sentinelPassword="
          + (sentinelPassword.isPresent() ? "set" : "none")
          + "]";
    }
  }

  /**
   * A Redis Cluster, found through any of its {@code seeds} ({@code REDIS_CLUSTER=host:port,…}):
   * the client learns every shard from the first that answers, and follows the cluster as slots
   * move and replicas are promoted.
   */
  record Cluster(List<Address> seeds, Credentials credentials) implements RedisTopology {

    public Cluster {
      if (seeds.isEmpty()) {
        throw new IllegalArgumentException("a cluster needs at least one seed address");
      }
      seeds = List.copyOf(seeds);
    }

    @Override
    public String describe() {
      return "cluster " + seeds + (credentials.tls() ? " (TLS)" : "");
    }

    @Override
    public int defaultAckReplicas() {
      return 1;
    }
  }

  /** One Redis or Sentinel process, as {@code host:port}. */
  record Address(String host, int port) {

    /**
     * The addresses in {@code list}, {@code host:port} separated by commas.
     *
     * @throws IllegalArgumentException naming the first entry that is not {@code host:port} with a
     *     port from 1 to 65535, or if there is none
     */
    public static List<Address> parseList(String list) {
      List<Address> addresses = new ArrayList<>();
      for (String entry : list.split(",")) {
        String trimmed = entry.strip();
        int colon = trimmed.lastIndexOf(':');
        int port = colon < 1 ? -1 : port(trimmed.substring(colon + 1));
        if (port < 1 || port > 65_535) {
          throw new IllegalArgumentException("not host:port: '" + trimmed + "'");
        }
        addresses.add(new Address(trimmed.substring(0, colon), port));
      }
      return List.copyOf(addresses);
    }

    private static int port(String digits) {
      return digits.matches("[0-9]{1,5}") ? Integer.parseInt(digits) : -1;
    }

    @Override
    public String toString() {
      return host + ":" + port;
    }
  }

  /**
   * How to sign in to Redis processes that are not named by a URL (Sentinel's and a cluster's): an
   * ACL user or the default one, a password or none ({@code REDIS_USERNAME}, {@code
   * REDIS_PASSWORD}), whether to speak TLS ({@code REDIS_TLS}), and whom TLS trusts: the JVM's
   * certificate authorities, or those of {@code REDIS_TLS_CA_FILE}.
   */
  record Credentials(
      Optional<String> user, Optional<String> password, boolean tls, Optional<RedisTrust> trust) {

    /** Credentials whose TLS, if on, trusts the JVM's certificate authorities. */
    public Credentials(Optional<String> user, Optional<String> password, boolean tls) {
      this(user, password, tls, Optional.empty());
    }

    /** Never the password, which must not reach a log. */
    @Override
    public String toString() {
      return "Credentials[user="
          + user.orElse("default")
          + ", password="
          + (password.isPresent() ? "set" : "none")
          + ", tls="
          + tls
          + trust.map(t -> ", trusting " + t.file()).orElse("")
          + "]";
    }
  }

  /** {@code url} as it may be logged: scheme, host and port, without user, password or database. */
  private static String withoutPassword(URI url) {
    return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }
}
