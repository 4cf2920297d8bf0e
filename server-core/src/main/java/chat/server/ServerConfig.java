package chat.server;

import chat.protocol.model.RegistrationMode;
import chat.server.net.TransportLimits;
import chat.server.store.RedisTopology;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the server is told from outside, validated once at start. {@link #fromEnvironment}
 * reports every bad value at once, one clear line each.
 *
 * @param wsPort 0 with {@code httpPort} 0 (tests): both ports are picked by the system
 * @param redis set: Redis mode, any number of nodes sharing that Redis deployment; empty: the
 *     embedded store
 * @param redisPoolSize how many pooled connections a node keeps to Redis ({@code REDIS_POOL_SIZE})
 * @param redisAcks what a Redis-mode ack of a message write waits for
 * @param presenceNodeTimeout how long after its last heartbeat a node's sockets stop counting
 *     (Redis mode); a node beats six times in that time
 * @param presenceFilterCapacity how many online users the Redis presence Bloom filter is sized for
 * @param presenceFilterErrorRate that filter's false-positive rate at its capacity
 * @param discovery whether the server announces itself on the LAN by mDNS ({@code DISCOVERY}, on by
 *     default). It announces only on addresses others can reach: on every multicast-capable LAN
 *     interface when {@code host} is a wildcard, on {@code host} itself otherwise, and never on
 *     loopback; so a server listening on {@code 127.0.0.1}, as every test does, sends nothing
 * @param tls whether both ports speak TLS, and with which certificate
 * @param abuse the limits that keep one hostile client from costing everyone else
 * @param transport what each edge allows one client: connections, timeouts, buffers
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} names the client ({@code
 *     TRUSTED_PROXIES}, comma-separated addresses; none by default)
 * @param publicWsUrl the socket URL {@code /api/info} gives clients, when a load balancer serves
 *     the socket port at another address or path ({@code PUBLIC_WS_URL}); by default the host the
 *     client reached the HTTP API by, with this node's socket port
 * @param files where shared files live and how large they may be
 * @param registration who may register until an admin changes it ({@code REGISTRATION}: {@code
 *     open}, the default, {@code invite} or {@code closed})
 * @param auditRetention how long audit log entries are kept ({@code AUDIT_RETENTION_DAYS}, 90 by
 *     default)
 */
public record ServerConfig(
    String host,
    int httpPort,
    int wsPort,
    Path dataDir,
    Optional<String> jwtSecret,
    Optional<String> jwtRefreshSecret,
    AppEnv appEnv,
    String serverName,
    int bcryptCost,
    int messagesPerSecond,
    int messageBurst,
    int loginAttemptsPerMinute,
    Optional<RedisTopology> redis,
    int redisPoolSize,
    RedisAcks redisAcks,
    Duration presenceNodeTimeout,
    int presenceFilterCapacity,
    double presenceFilterErrorRate,
    RealtimeTimings realtime,
    boolean discovery,
    Tls tls,
    AbuseLimits abuse,
    TransportLimits transport,
    List<InetAddress> trustedProxies,
    Optional<URI> publicWsUrl,
    FileSharing files,
    RegistrationMode registration,
    Duration auditRetention) {

  /** How strict the server is about its own settings. */
  public enum AppEnv {
    /** Secrets given in the environment must be at least 32 characters. */
    PRODUCTION,
    /** Short secrets are accepted, for local experiments. */
    DEVELOPMENT
  }

  /**
   * The clocks of presence and typing. Only tests should need other values than the protocol's.
   *
   * @param presenceGrace how long after a user's last socket closes they are announced offline,
   *     unless a socket of theirs opens meanwhile (a page reload must not flap); under 10 s, the
   *     protocol's bound
   * @param typingTimeout typing stops by itself this long after the last {@code active: true}
   * @param typingThrottle at most one {@code typing: true} event per user and room this often
   */
  public record RealtimeTimings(
      Duration presenceGrace, Duration typingTimeout, Duration typingThrottle) {}

  /**
   * Limits against floods, each per node. A refused request is answered {@code RATE_LIMITED} with
   * {@code retryAfterMs} and changes nothing.
   *
   * @param loginsPerAddressPerMinute login attempts from one address, whatever the names tried
   *     ({@code LOGINS_PER_ADDRESS_PER_MINUTE}): stops one address spraying passwords over many
   *     names, and bounds its share of the hashing queue
   * @param registrationsPerAddressPerHour registration attempts from one address ({@code
   *     REGISTRATIONS_PER_ADDRESS_PER_HOUR})
   * @param passwordHashQueue bcrypt hashes that may wait for a hashing thread ({@code
   *     PASSWORD_HASH_QUEUE}); logins and registrations beyond it are refused at once
   * @param invitesPerUserPerMinute people one user may add to rooms ({@code
   *     INVITES_PER_USER_PER_MINUTE}): by {@code room.invite}, by {@code memberIds} of {@code
   *     room.create}, and by a {@code dm.open} that creates or brings back a direct room; each
   *     invite one user makes takes from it too. Also the most {@code memberIds} one {@code
   *     room.create} may name
   * @param roomsPerUserPerHour rooms one user may create ({@code ROOMS_PER_USER_PER_HOUR})
   * @param exportsPerUserPerHour exports of their data one user may start ({@code
   *     EXPORTS_PER_USER_PER_HOUR}): each reads every message of every room the user is in
   */
  public record AbuseLimits(
      int loginsPerAddressPerMinute,
      int registrationsPerAddressPerHour,
      int passwordHashQueue,
      int invitesPerUserPerMinute,
      int roomsPerUserPerHour,
      int exportsPerUserPerHour) {}

  /**
   * What a Redis-mode ack of a message write waits for (decision record 0016).
   *
   * @param replicas how many replicas must confirm the write ({@code REDIS_ACK_REPLICAS}; by
   *     default 1 with Sentinel or on a cluster, 0 on one Redis)
   * @param timeout how long the write waits for them ({@code REDIS_ACK_TIMEOUT_MS}, 2 s)
   * @param relaxed with no replicas, whether a Redis that does not fsync every write is accepted
   *     ({@code REDIS_DURABILITY}: {@code strict}, the default, or {@code relaxed})
   */
  public record RedisAcks(int replicas, Duration timeout, boolean relaxed) {}

  /**
   * TLS on both ports ({@code https}, {@code wss}), or neither. Off by default for the headless
   * server, which usually sits behind a proxy that terminates TLS.
   *
   * @param certificate with {@code key}: PEM files to serve; both empty with TLS on: a self-signed
   *     certificate generated once into the data directory
   */
  public record Tls(boolean enabled, Optional<Path> certificate, Optional<Path> key) {
    public static final Tls OFF = new Tls(false, Optional.empty(), Optional.empty());
  }

  /**
   * Shared files. Their bytes live in an S3-compatible bucket when {@code FILES_S3_ENDPOINT} is
   * set, else in a folder ({@code FILES_DIR}, by default {@code blobs} in the data dir). In Redis
   * mode every node must see every file: without S3, files are served only when {@code FILES_DIR}
   * is set, which declares that folder shared by every node; otherwise the server runs without
   * files.
   *
   * @param maxBytes the most bytes of one file ({@code FILES_MAX_BYTES}, 25 MiB)
   * @param quotaBytesPerUser the most bytes one user's uploads add up to ({@code
   *     FILES_QUOTA_BYTES_PER_USER}, 1 GiB), identical files each counted
   * @param uploadsPerMinute uploads one user may start per minute ({@code
   *     FILES_UPLOADS_PER_MINUTE}, 60), in bursts of as many
   * @param spoolBytes the most bytes all uploads in flight on this node may hold in the spool at
   *     once ({@code FILES_SPOOL_BYTES}, 8 × {@code FILES_MAX_BYTES}); a chunked body counts as
   *     {@code maxBytes}
   * @param dir {@code FILES_DIR} when set
   * @param s3 the bucket, when {@code FILES_S3_ENDPOINT} is set
   * @param unsentTtl how long an upload never sent with a message is kept ({@code
   *     FILES_UNSENT_TTL_SECONDS}, 24 hours)
   * @param sweepInterval how often each node removes the uploads past {@code unsentTtl} ({@code
   *     FILES_SWEEP_INTERVAL_SECONDS}, an hour)
   */
  public record FileSharing(
      long maxBytes,
      long quotaBytesPerUser,
      int uploadsPerMinute,
      long spoolBytes,
      Optional<Path> dir,
      Optional<S3Bucket> s3,
      Duration unsentTtl,
      Duration sweepInterval) {}

  /**
   * An S3-compatible bucket ({@code FILES_S3_*}); {@code region} defaults to {@code us-east-1}. The
   * secret key is never echoed, so it is left out of {@link #toString}.
   */
  public record S3Bucket(
      String endpoint, String region, String bucket, String accessKey, String secretKey) {
    @Override
    public String toString() {
      return "S3Bucket[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + "]";
    }
  }

  static final int MIN_PRODUCTION_SECRET_CHARS = 32;

  /** Reads the settings of the README's configuration table from {@code env}. */
  public static ServerConfig fromEnvironment(Map<String, String> env) {
    EnvironmentSettings settings = new EnvironmentSettings(env);
    int port = settings.integer("PORT", 5000, 0, 65535);
    int wsPort = settings.integer("WS_PORT", port == 0 ? 0 : port + 1, 0, 65535);
    if (port != 0 && port == wsPort) {
      settings.problem("WS_PORT must differ from PORT (" + port + ")");
    }
    AppEnv appEnv = appEnv(settings);
    Optional<String> jwtSecret = secret(settings, "JWT_SECRET", appEnv);
    Optional<String> refreshSecret = secret(settings, "JWT_REFRESH_SECRET", appEnv);
    if (jwtSecret.isPresent() && jwtSecret.equals(refreshSecret)) {
      settings.problem("JWT_REFRESH_SECRET must differ from JWT_SECRET");
    }
    long maxFileBytes = settings.bytes("FILES_MAX_BYTES", 25L << 20);
    Optional<RedisTopology> redis = RedisSettings.topology(settings);
    ServerConfig config =
        new ServerConfig(
            settings.text("HOST", "0.0.0.0"),
            port,
            wsPort,
            settings.path("DATA_DIR", "data"),
            jwtSecret,
            refreshSecret,
            appEnv,
            settings.text("SERVER_NAME", "Chat server"),
            settings.integer("BCRYPT_COST", 12, 4, 16),
            settings.integer("MESSAGE_RATE_PER_SECOND", 10, 1, 100_000),
            settings.integer("MESSAGE_BURST", 30, 1, 100_000),
            settings.integer("LOGIN_ATTEMPTS_PER_MINUTE", 10, 1, 100_000),
            redis,
            settings.integer("REDIS_POOL_SIZE", 32, 1, 1_024),
            RedisSettings.acks(settings, redis),
            Duration.ofSeconds(settings.integer("PRESENCE_NODE_TIMEOUT_SECONDS", 30, 1, 50)),
            settings.integer("PRESENCE_FILTER_CAPACITY", 100_000, 100, 100_000_000),
            settings.fraction("PRESENCE_FILTER_ERROR_RATE", 0.01),
            new RealtimeTimings(
                settings.millis("PRESENCE_GRACE_MS", 4_000, 0, 9_000),
                settings.millis("TYPING_TIMEOUT_MS", 6_000, 100, 60_000),
                settings.millis("TYPING_THROTTLE_MS", 1_000, 0, 10_000)),
            settings.onOff("DISCOVERY", true),
            tls(settings),
            new AbuseLimits(
                settings.integer("LOGINS_PER_ADDRESS_PER_MINUTE", 30, 1, 1_000_000),
                settings.integer("REGISTRATIONS_PER_ADDRESS_PER_HOUR", 20, 1, 1_000_000),
                settings.integer("PASSWORD_HASH_QUEUE", 64, 1, 100_000),
                settings.integer("INVITES_PER_USER_PER_MINUTE", 50, 1, 1_000_000),
                settings.integer("ROOMS_PER_USER_PER_HOUR", 20, 1, 1_000_000),
                settings.integer("EXPORTS_PER_USER_PER_HOUR", 6, 1, 1_000_000)),
            new TransportLimits(
                settings.integer("MAX_SOCKETS", 10_000, 1, 10_000_000),
                settings.integer("MAX_SOCKETS_PER_ADDRESS", 1_000, 1, 10_000_000),
                settings.millis("SOCKET_HANDSHAKE_TIMEOUT_MS", 10_000, 100, 600_000),
                settings.millis("SOCKET_AUTH_TIMEOUT_MS", 5_000, 100, 600_000),
                Duration.ofSeconds(settings.integer("SOCKET_PING_INTERVAL_SECONDS", 60, 1, 3_600)),
                settings.integer("SOCKET_MAX_BACKLOG_BYTES", 4 << 20, 64 << 10, 1 << 30),
                Duration.ofSeconds(settings.integer("HTTP_REQUEST_TIMEOUT_SECONDS", 30, 1, 3_600)),
                Duration.ofSeconds(
                    settings.integer("HTTP_RESPONSE_TIMEOUT_SECONDS", 60, 1, 3_600))),
            settings.addresses("TRUSTED_PROXIES"),
            publicWsUrl(settings),
            new FileSharing(
                maxFileBytes,
                settings.bytes("FILES_QUOTA_BYTES_PER_USER", 1L << 30),
                settings.integer("FILES_UPLOADS_PER_MINUTE", 60, 1, 1_000_000),
                settings.bytes("FILES_SPOOL_BYTES", 8 * maxFileBytes),
                settings.optionalPath("FILES_DIR"),
                s3Bucket(settings),
                Duration.ofSeconds(
                    settings.integer("FILES_UNSENT_TTL_SECONDS", 86_400, 60, 365 * 86_400)),
                Duration.ofSeconds(
                    settings.integer("FILES_SWEEP_INTERVAL_SECONDS", 3_600, 1, 86_400))),
            registration(settings),
            Duration.ofDays(settings.integer("AUDIT_RETENTION_DAYS", 90, 1, 36_500)));
    settings.throwIfProblems();
    return config;
  }

  /** The bucket when {@code FILES_S3_ENDPOINT} is set; its bucket and keys are then required. */
  private static Optional<S3Bucket> s3Bucket(EnvironmentSettings settings) {
    String endpoint = settings.text("FILES_S3_ENDPOINT", null);
    if (endpoint == null) {
      return Optional.empty();
    }
    if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
      settings.problem("FILES_S3_ENDPOINT must be an http:// or https:// URL");
    }
    List<String> missing = new ArrayList<>();
    for (String required :
        List.of("FILES_S3_BUCKET", "FILES_S3_ACCESS_KEY", "FILES_S3_SECRET_KEY")) {
      if (settings.text(required, null) == null) {
        missing.add(required);
      }
    }
    if (!missing.isEmpty()) {
      settings.problem("FILES_S3_ENDPOINT is set, so set " + String.join(", ", missing) + " too");
      return Optional.empty();
    }
    return Optional.of(
        new S3Bucket(
            endpoint,
            settings.text("FILES_S3_REGION", "us-east-1"),
            settings.text("FILES_S3_BUCKET", null),
            settings.text("FILES_S3_ACCESS_KEY", null),
            settings.text("FILES_S3_SECRET_KEY", null)));
  }

  private static Optional<URI> publicWsUrl(EnvironmentSettings settings) {
    String value = settings.text("PUBLIC_WS_URL", null);
    if (value == null) {
      return Optional.empty();
    }
    try {
      URI url = new URI(value);
      if (("ws".equals(url.getScheme()) || "wss".equals(url.getScheme()))
          && url.getHost() != null
          && url.getRawUserInfo() == null) {
        return Optional.of(url);
      }
    } catch (URISyntaxException malformed) {
      // reported below
    }
    settings.problem("PUBLIC_WS_URL must look like wss://host[:port]/path (or ws://)");
    return Optional.empty();
  }

  private static RegistrationMode registration(EnvironmentSettings settings) {
    String value = settings.text("REGISTRATION", "open").toLowerCase(java.util.Locale.ROOT);
    return switch (value) {
      case "open" -> RegistrationMode.OPEN;
      case "invite" -> RegistrationMode.INVITE;
      case "closed" -> RegistrationMode.CLOSED;
      default -> {
        settings.problem("REGISTRATION must be 'open', 'invite' or 'closed', not '" + value + "'");
        yield RegistrationMode.OPEN;
      }
    };
  }

  private static AppEnv appEnv(EnvironmentSettings settings) {
    String value = settings.text("APP_ENV", "production");
    try {
      return AppEnv.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      settings.problem("APP_ENV must be 'production' or 'development', not '" + value + "'");
      return AppEnv.PRODUCTION;
    }
  }

  /**
   * {@code TLS} is {@code on} or {@code off}; giving {@code TLS_CERT} and {@code TLS_KEY} turns it
   * on unless {@code TLS=off} says otherwise, which is a contradiction and reported.
   */
  private static Tls tls(EnvironmentSettings settings) {
    Optional<Path> certificate = settings.readableFile("TLS_CERT");
    Optional<Path> key = settings.readableFile("TLS_KEY");
    boolean certNamed = settings.text("TLS_CERT", null) != null;
    boolean keyNamed = settings.text("TLS_KEY", null) != null;
    boolean given = certNamed || keyNamed;
    if (certNamed != keyNamed) {
      settings.problem("TLS_CERT and TLS_KEY go together: set both (PEM files) or neither");
    }
    if (!settings.onOff("TLS", given)) {
      if (given) {
        settings.problem("TLS_CERT and TLS_KEY are set but TLS=off: remove one or the other");
      }
      return Tls.OFF;
    }
    return new Tls(true, certificate, key);
  }

  /** Never echoes the value: it is a secret. */
  private static Optional<String> secret(EnvironmentSettings settings, String name, AppEnv appEnv) {
    Optional<String> value = Optional.ofNullable(settings.text(name, null));
    if (appEnv == AppEnv.PRODUCTION
        && value.filter(v -> v.length() < MIN_PRODUCTION_SECRET_CHARS).isPresent()) {
      settings.problem(
          name
              + " must be at least "
              + MIN_PRODUCTION_SECRET_CHARS
              + " characters in production (or leave it unset to have one generated)");
    }
    return value;
  }
}
