package chat.server;

import chat.server.ServerConfig.RedisAcks;
import chat.server.store.RedisTopology;
import chat.server.store.RedisTopology.Address;
import chat.server.store.RedisTopology.Credentials;
import chat.server.store.RedisTrust;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the settings of Redis mode for {@link ServerConfig}: which deployment ({@code REDIS_URL}
 * for one Redis, {@code REDIS_SENTINELS} for one watched by Sentinel, {@code REDIS_CLUSTER} for a
 * Redis Cluster; at most one of them), how to sign in to it, which certificate authorities its TLS
 * trusts, and what an ack waits for. A bad value's problem never echoes a password.
 */
final class RedisSettings {

  /** The settings that each name a whole deployment; at most one may be set. */
  private static final List<String> TOPOLOGIES =
      List.of("REDIS_URL", "REDIS_SENTINELS", "REDIS_CLUSTER");

  /** What a URL already says, and so is not read beside {@code REDIS_URL}. */
  private static final List<String> CREDENTIALS =
      List.of("REDIS_USERNAME", "REDIS_PASSWORD", "REDIS_TLS");

  private static final List<String> SENTINEL_ONLY =
      List.of("REDIS_MASTER_NAME", "REDIS_SENTINEL_USERNAME", "REDIS_SENTINEL_PASSWORD");

  private static final String TLS_CA_FILE = "REDIS_TLS_CA_FILE";

  private RedisSettings() {}

  /** The Redis deployment the settings name; empty when none is (the embedded store). */
  static Optional<RedisTopology> topology(EnvironmentSettings settings) {
    List<String> named = TOPOLOGIES.stream().filter(name -> isSet(settings, name)).toList();
    if (named.size() > 1) {
      settings.problem(
          "Set only one of "
              + String.join(", ", TOPOLOGIES)
              + "; "
              + String.join(" and ", named)
              + " are set");
      return Optional.empty();
    }
    if (!isSet(settings, "REDIS_SENTINELS")) {
      refuseUnused(settings, SENTINEL_ONLY, "REDIS_SENTINELS is not set");
    }
    if (isSet(settings, "REDIS_URL")) {
      refuseUnused(
          settings,
          CREDENTIALS,
          "they go in REDIS_URL (redis://user:password@…, rediss:// for TLS)");
      return standalone(settings);
    }
    if (isSet(settings, "REDIS_SENTINELS")) {
      return sentinel(settings);
    }
    if (isSet(settings, "REDIS_CLUSTER")) {
      return cluster(settings);
    }
    trust(settings, false);
    return Optional.empty();
  }

  /**
   * What an ack of a message write waits for: by default, one replica where a failover promotes one
   * ({@link RedisTopology#defaultAckReplicas}), none on one Redis or the embedded store.
   */
  static RedisAcks acks(EnvironmentSettings settings, Optional<RedisTopology> topology) {
    int replicas =
        settings.integer(
            "REDIS_ACK_REPLICAS",
            topology.map(RedisTopology::defaultAckReplicas).orElse(0),
            0,
            100);
    Duration timeout = settings.millis("REDIS_ACK_TIMEOUT_MS", 2_000, 1, 60_000);
    String mode = settings.text("REDIS_DURABILITY", "strict").toLowerCase(Locale.ROOT);
    boolean relaxed =
        switch (mode) {
          case "strict" -> false;
          case "relaxed" -> true;
          default -> {
            settings.problem("REDIS_DURABILITY must be 'strict' or 'relaxed', not '" + mode + "'");
            yield false;
          }
        };
    return new RedisAcks(replicas, timeout, relaxed);
  }

  private static Optional<RedisTopology> standalone(EnvironmentSettings settings) {
    try {
      URI url = new URI(settings.text("REDIS_URL", null));
      if (("redis".equals(url.getScheme()) || "rediss".equals(url.getScheme()))
          && url.getHost() != null) {
        return Optional.of(
            new RedisTopology.Standalone(url, trust(settings, "rediss".equals(url.getScheme()))));
      }
    } catch (URISyntaxException malformed) {
      // reported below
    }
    settings.problem(
        "REDIS_URL must look like redis://[:password@]host[:port][/db] (or rediss://)");
    return Optional.empty();
  }

  private static Optional<RedisTopology> sentinel(EnvironmentSettings settings) {
    String masterName = settings.text("REDIS_MASTER_NAME", null);
    if (masterName == null) {
      settings.problem(
          "REDIS_SENTINELS is set, so set REDIS_MASTER_NAME too (the name the sentinels monitor"
              + " the primary by)");
    }
    List<Address> sentinels = List.of();
    try {
      sentinels = Address.parseList(settings.text("REDIS_SENTINELS", null));
    } catch (IllegalArgumentException e) {
      settings.problem(
          "REDIS_SENTINELS must list host:port separated by commas (" + e.getMessage() + ")");
    }
    Credentials credentials = credentials(settings);
    refuseUserWithoutPassword(settings, "REDIS_SENTINEL_USERNAME", "REDIS_SENTINEL_PASSWORD");
    if (masterName == null || sentinels.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RedisTopology.Sentinel(
            sentinels,
            masterName,
            credentials,
            Optional.ofNullable(settings.text("REDIS_SENTINEL_USERNAME", null)),
            Optional.ofNullable(settings.text("REDIS_SENTINEL_PASSWORD", null))));
  }

  private static Optional<RedisTopology> cluster(EnvironmentSettings settings) {
    Credentials credentials = credentials(settings);
    try {
      return Optional.of(
          new RedisTopology.Cluster(
              Address.parseList(settings.text("REDIS_CLUSTER", null)), credentials));
    } catch (IllegalArgumentException e) {
      settings.problem(
          "REDIS_CLUSTER must list host:port addresses separated by commas ("
              + e.getMessage()
              + ")");
      return Optional.empty();
    }
  }

  private static Credentials credentials(EnvironmentSettings settings) {
    refuseUserWithoutPassword(settings, "REDIS_USERNAME", "REDIS_PASSWORD");
    boolean tls = settings.onOff("REDIS_TLS", false);
    return new Credentials(
        Optional.ofNullable(settings.text("REDIS_USERNAME", null)),
        Optional.ofNullable(settings.text("REDIS_PASSWORD", null)),
        tls,
        trust(settings, tls));
  }

  /**
   * Refuses a user named without a password: Redis signs an ACL user in with both ({@code AUTH user
   * password}), and a client sending neither would connect as the default user, not the one set.
   */
  private static void refuseUserWithoutPassword(
      EnvironmentSettings settings, String user, String password) {
    if (isSet(settings, user) && !isSet(settings, password)) {
      settings.problem(
          user + " is set, so set " + password + " too (Redis signs a user in with both)");
    }
  }

  /**
   * The certificate authorities of {@code REDIS_TLS_CA_FILE}, read now so that a file the server
   * cannot use stops it at start; empty when the setting is not set, and refused when {@code tls}
   * is off, since nothing would read it.
   */
  private static Optional<RedisTrust> trust(EnvironmentSettings settings, boolean tls) {
    if (!isSet(settings, TLS_CA_FILE)) {
      return Optional.empty();
    }
    if (!tls) {
      settings.problem(
          TLS_CA_FILE
              + " is not read: TLS to Redis is off (REDIS_TLS=on, or rediss:// in REDIS_URL, turns"
              + " it on)");
      return Optional.empty();
    }
    try {
      return settings.readableFile(TLS_CA_FILE).map(RedisTrust::read);
    } catch (IllegalArgumentException unusable) {
      settings.problem(
          TLS_CA_FILE + " must be a PEM file of CA certificates, but " + unusable.getMessage());
      return Optional.empty();
    }
  }

  private static void refuseUnused(EnvironmentSettings settings, List<String> names, String why) {
    for (String name : names) {
      if (isSet(settings, name)) {
        settings.problem(name + " is not read: " + why);
      }
    }
  }

  private static boolean isSet(EnvironmentSettings settings, String name) {
    return settings.text(name, null) != null;
  }
}
