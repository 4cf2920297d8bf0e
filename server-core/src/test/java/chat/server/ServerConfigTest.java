package chat.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import chat.server.net.TransportLimits;
import chat.server.store.RedisTopology;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    ServerConfig config = ServerConfig.fromEnvironment(Map.of());

    assertThat(config.httpPort()).isEqualTo(5000);
    assertThat(config.wsPort()).isEqualTo(5001);
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.dataDir()).isEqualTo(Path.of("data"));
    assertThat(config.appEnv()).isEqualTo(ServerConfig.AppEnv.PRODUCTION);
    assertThat(config.jwtSecret()).isEmpty();
    assertThat(config.jwtRefreshSecret()).isEmpty();
    assertThat(config.bcryptCost()).isEqualTo(12);
    assertThat(config.messagesPerSecond()).isEqualTo(10);
    assertThat(config.messageBurst()).isEqualTo(30);
    assertThat(config.loginAttemptsPerMinute()).isEqualTo(10);
    assertThat(config.abuse()).isEqualTo(new ServerConfig.AbuseLimits(30, 20, 64, 50, 20));
    assertThat(config.realtime().presenceGrace()).isEqualTo(Duration.ofSeconds(4));
    assertThat(config.realtime().typingTimeout()).isEqualTo(Duration.ofSeconds(6));
    assertThat(config.realtime().typingThrottle()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.discovery()).isTrue();
    assertThat(config.tls()).isEqualTo(ServerConfig.Tls.OFF);
  }

  @Test
  void transportLimitsHaveSafeDefaults() {
    ServerConfig config = ServerConfig.fromEnvironment(Map.of());

    assertThat(config.transport())
        .isEqualTo(
            new TransportLimits(
                10_000,
                1_000,
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                Duration.ofSeconds(60),
                4 << 20,
                Duration.ofSeconds(30),
                Duration.ofSeconds(60)));
    assertThat(config.trustedProxies()).isEmpty();
  }

  @Test
  void trustedProxiesAreAddressesNeverNames() {
    assertThat(
            ServerConfig.fromEnvironment(Map.of("TRUSTED_PROXIES", "10.0.0.2, ::1"))
                .trustedProxies())
        .containsExactly(InetAddress.ofLiteral("10.0.0.2"), InetAddress.ofLiteral("::1"));
    assertThatThrownBy(
            () -> ServerConfig.fromEnvironment(Map.of("TRUSTED_PROXIES", "10.0.0.2,lb.local")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "TRUSTED_PROXIES must list IP addresses separated by commas; 'lb.local' is not one");
  }

  @Test
  void filesDefaultToTwentyFiveMibAGibibytePerUserTheDataDirAndADayUnsent() {
    ServerConfig.FileSharing files = ServerConfig.fromEnvironment(Map.of()).files();

    assertThat(files)
        .isEqualTo(
            new ServerConfig.FileSharing(
                25L << 20,
                1L << 30,
                60,
                8 * (25L << 20),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.time.Duration.ofHours(24),
                java.time.Duration.ofHours(1)));
  }

  @Test
  void anS3EndpointNeedsItsBucketAndKeysAndTheSecretIsNeverEchoed() {
    assertThatThrownBy(
            () -> ServerConfig.fromEnvironment(Map.of("FILES_S3_ENDPOINT", "http://s3.local")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("FILES_S3_BUCKET, FILES_S3_ACCESS_KEY, FILES_S3_SECRET_KEY");

    ServerConfig.S3Bucket bucket =
        ServerConfig.fromEnvironment(
                Map.of(
                    "FILES_S3_ENDPOINT", "http://s3.local",
                    "FILES_S3_BUCKET", "chat",
                    "FILES_S3_ACCESS_KEY", "key",
                    "FILES_S3_SECRET_KEY", "very-secret"))
            .files()
            .s3()
            .orElseThrow();
    assertThat(bucket.region()).isEqualTo("us-east-1");
    assertThat(bucket.toString()).doesNotContain("very-secret");
  }

  @Test
  void discoveryIsOnOrOff() {
    assertThat(ServerConfig.fromEnvironment(Map.of("DISCOVERY", "off")).discovery()).isFalse();
    assertThat(ServerConfig.fromEnvironment(Map.of("DISCOVERY", "ON")).discovery()).isTrue();
    assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("DISCOVERY", "yes")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("DISCOVERY must be 'on' or 'off', not 'yes'");
  }

  @Test
  void tlsOnWithoutFilesMeansAGeneratedCertificate() {
    assertThat(ServerConfig.fromEnvironment(Map.of("TLS", "ON")).tls())
        .isEqualTo(new ServerConfig.Tls(true, Optional.empty(), Optional.empty()));
  }

  @Test
  void certificateFilesTurnTlsOn(@TempDir Path dir) throws IOException {
    Path cert = Files.writeString(dir.resolve("cert.pem"), "x");
    Path key = Files.writeString(dir.resolve("key.pem"), "x");

    assertThat(
            ServerConfig.fromEnvironment(
                    Map.of("TLS_CERT", cert.toString(), "TLS_KEY", key.toString()))
                .tls())
        .isEqualTo(new ServerConfig.Tls(true, Optional.of(cert), Optional.of(key)));
  }

  @Test
  void badTlsSettingsAreExplained(@TempDir Path dir) throws IOException {
    Path cert = Files.writeString(dir.resolve("cert.pem"), "x");
    Path key = Files.writeString(dir.resolve("key.pem"), "x");
    Path missing = dir.resolve("missing.pem");

    assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("TLS", "yes")))
        .hasMessage("TLS must be 'on' or 'off', not 'yes'");
    assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("TLS_CERT", cert.toString())))
        .hasMessage("TLS_CERT and TLS_KEY go together: set both (PEM files) or neither");
    assertThatThrownBy(
            () ->
                ServerConfig.fromEnvironment(
                    Map.of("TLS_CERT", missing.toString(), "TLS_KEY", key.toString())))
        .hasMessage("TLS_CERT names no readable file: " + missing);
    assertThatThrownBy(
            () ->
                ServerConfig.fromEnvironment(
                    Map.of("TLS", "off", "TLS_CERT", cert.toString(), "TLS_KEY", key.toString())))
        .hasMessage("TLS_CERT and TLS_KEY are set but TLS=off: remove one or the other");
  }

  /** The protocol promises "offline" within 10 s of the last close: no grace may break that. */
  @Test
  void thePresenceGraceStaysUnderTenSeconds() {
    assertThat(ServerConfig.fromEnvironment(Map.of("PRESENCE_GRACE_MS", "9000")).realtime())
        .extracting(ServerConfig.RealtimeTimings::presenceGrace)
        .isEqualTo(Duration.ofSeconds(9));
    assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("PRESENCE_GRACE_MS", "10000")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("PRESENCE_GRACE_MS must be a whole number from 0 to 9000, not '10000'");
  }

  @Test
  void theRedisPoolSizeIsThirtyTwoUnlessSetWithinItsBounds() {
    assertThat(ServerConfig.fromEnvironment(Map.of()).redisPoolSize()).isEqualTo(32);
    assertThat(ServerConfig.fromEnvironment(Map.of("REDIS_POOL_SIZE", "128")).redisPoolSize())
        .isEqualTo(128);
    assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("REDIS_POOL_SIZE", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("REDIS_POOL_SIZE must be a whole number from 1 to 1024, not '0'");
  }

  @Test
  void aByteCountOutOfRangeOrNotANumberIsReportedWithItsRange() {
    assertThat(problemsOf(Map.of("FILES_MAX_BYTES", "0", "FILES_SPOOL_BYTES", "x")))
        .containsExactlyInAnyOrder(
            "FILES_MAX_BYTES must be a number of bytes from 1 to 1125899906842624, not '0'",
            "FILES_SPOOL_BYTES must be a number of bytes from 1 to 1125899906842624, not 'x'");
  }

  @Test
  void redisAcksWaitForNoReplicasOnAStrictRedisUnlessSetWithinTheirBounds() {
    assertThat(ServerConfig.fromEnvironment(Map.of()).redisAcks())
        .isEqualTo(new ServerConfig.RedisAcks(0, Duration.ofSeconds(2), false));
    assertThat(
            ServerConfig.fromEnvironment(
                    Map.of(
                        "REDIS_ACK_REPLICAS", "2",
                        "REDIS_ACK_TIMEOUT_MS", "750",
                        "REDIS_DURABILITY", "Relaxed"))
                .redisAcks())
        .isEqualTo(new ServerConfig.RedisAcks(2, Duration.ofMillis(750), true));
    assertThatThrownBy(
            () ->
                ServerConfig.fromEnvironment(
                    Map.of(
                        "REDIS_ACK_REPLICAS", "-1",
                        "REDIS_ACK_TIMEOUT_MS", "0",
                        "REDIS_DURABILITY", "loose")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("REDIS_ACK_REPLICAS must be a whole number from 0 to 100, not '-1'")
        .hasMessageContaining(
            "REDIS_ACK_TIMEOUT_MS must be a whole number from 1 to 60000, not '0'")
        .hasMessageContaining("REDIS_DURABILITY must be 'strict' or 'relaxed', not 'loose'");
  }

  @Test
  void wsPortFollowsPortUnlessSet() {
    assertThat(ServerConfig.fromEnvironment(Map.of("PORT", "7000")).wsPort()).isEqualTo(7001);
    assertThat(ServerConfig.fromEnvironment(Map.of("PORT", "7000", "WS_PORT", "9000")).wsPort())
        .isEqualTo(9000);
  }

  @Test
  void everyBadValueIsReportedOnALineOfItsOwn() {
    Map<String, String> env =
        Map.of(
            "PORT", "http",
            "WS_PORT", "70000",
            "APP_ENV", "staging",
            "BCRYPT_COST", "3",
            "JWT_SECRET", "short");

    assertThat(problemsOf(env))
        .containsExactlyInAnyOrder(
            "PORT must be a whole number from 0 to 65535, not 'http'",
            "WS_PORT must be a whole number from 0 to 65535, not '70000'",
            "APP_ENV must be 'production' or 'development', not 'staging'",
            "BCRYPT_COST must be a whole number from 4 to 16, not '3'",
            "JWT_SECRET must be at least 32 characters in production (or leave it"
                + " unset to have one generated)");
  }

  @Test
  void theFloodLimitsAreReadAndChecked() {
    ServerConfig config =
        ServerConfig.fromEnvironment(
            Map.of(
                "LOGINS_PER_ADDRESS_PER_MINUTE", "5",
                "REGISTRATIONS_PER_ADDRESS_PER_HOUR", "6",
                "PASSWORD_HASH_QUEUE", "7",
                "INVITES_PER_USER_PER_MINUTE", "8",
                "ROOMS_PER_USER_PER_HOUR", "9"));

    assertThat(config.abuse()).isEqualTo(new ServerConfig.AbuseLimits(5, 6, 7, 8, 9));
    assertThat(problemsOf(Map.of("PASSWORD_HASH_QUEUE", "0", "ROOMS_PER_USER_PER_HOUR", "many")))
        .containsExactlyInAnyOrder(
            "PASSWORD_HASH_QUEUE must be a whole number from 1 to 100000, not '0'",
            "ROOMS_PER_USER_PER_HOUR must be a whole number from 1 to 1000000, not 'many'");
  }

  @Test
  void aSecretIsNeverEchoed() {
    assertThatThrownBy(
            () -> ServerConfig.fromEnvironment(Map.of("JWT_REFRESH_SECRET", "hunter2-secret")))
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void developmentAcceptsShortSecretsButNotTwoEqualOnes() {
    ServerConfig config =
        ServerConfig.fromEnvironment(
            Map.of("APP_ENV", "development", "JWT_SECRET", "a", "JWT_REFRESH_SECRET", "b"));
    assertThat(config.jwtSecret()).contains("a");

    assertThatThrownBy(
            () ->
                ServerConfig.fromEnvironment(
                    Map.of(
                        "APP_ENV",
                        "development",
                        "JWT_SECRET",
                        "same",
                        "JWT_REFRESH_SECRET",
                        "same")))
        .hasMessage("JWT_REFRESH_SECRET must differ from JWT_SECRET");
  }

  @Test
  void samePortTwiceIsRefused() {
    assertThatThrownBy(
            () -> ServerConfig.fromEnvironment(Map.of("PORT", "6000", "WS_PORT", "6000")))
        .hasMessage("WS_PORT must differ from PORT (6000)");
  }

  @Test
  void aRedisUrlSelectsRedisMode() {
    ServerConfig config =
        ServerConfig.fromEnvironment(Map.of("REDIS_URL", "redis://:pw@cache.internal:6380/2"));

    assertThat(config.redis())
        .hasValueSatisfying(
            redis -> {
              URI url = ((RedisTopology.Standalone) redis).url();
              assertThat(url.getHost()).isEqualTo("cache.internal");
              assertThat(url.getPort()).isEqualTo(6380);
              assertThat(redis.describe()).isEqualTo("redis://cache.internal:6380");
            });
    assertThat(config.presenceNodeTimeout()).hasSeconds(30);
    assertThat(config.presenceFilterCapacity()).isEqualTo(100_000);
    assertThat(config.presenceFilterErrorRate()).isEqualTo(0.01);
  }

  @Test
  void aBadRedisUrlIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(
            () -> ServerConfig.fromEnvironment(Map.of("REDIS_URL", "http://:secretpw@host:1")))
        .hasMessage("REDIS_URL must look like redis://[:password@]host[:port][/db] (or rediss://)")
        .hasMessageNotContaining("secretpw");
  }

  @Test
  void aRedisClusterListSelectsAClusterWithItsCredentials() {
    ServerConfig config =
        ServerConfig.fromEnvironment(
            Map.of(
                "REDIS_CLUSTER", "10.0.0.1:7000, 10.0.0.2:7001",
                "REDIS_USERNAME", "chat",
                "REDIS_PASSWORD", "secretpw",
                "REDIS_TLS", "on"));

    assertThat(config.redis())
        .contains(
            new RedisTopology.Cluster(
                List.of(
                    new RedisTopology.Address("10.0.0.1", 7000),
                    new RedisTopology.Address("10.0.0.2", 7001)),
                new RedisTopology.Credentials(Optional.of("chat"), Optional.of("secretpw"), true)));
    assertThat(config.redis().orElseThrow().describe())
        .isEqualTo("cluster [10.0.0.1:7000, 10.0.0.2:7001] (TLS)")
        .doesNotContain("secretpw");
  }

  @Test
  void acksOnAClusterWaitForOneReplicaUnlessSet() {
    assertThat(
            ServerConfig.fromEnvironment(Map.of("REDIS_CLUSTER", "127.0.0.1:7000"))
                .redisAcks()
                .replicas())
        .isEqualTo(1);
    assertThat(
            ServerConfig.fromEnvironment(
                    Map.of("REDIS_CLUSTER", "127.0.0.1:7000", "REDIS_ACK_REPLICAS", "0"))
                .redisAcks()
                .replicas())
        .isZero();
  }

  @Test
  void aBadRedisClusterListIsRefusedWithoutEchoingThePassword() {
    assertThat(
            problemsOf(
                Map.of(
                    "REDIS_CLUSTER", "10.0.0.1:7000,10.0.0.2",
                    "REDIS_PASSWORD", "secretpw",
                    "REDIS_TLS", "maybe")))
        .containsExactlyInAnyOrder(
            "REDIS_CLUSTER must list host:port addresses separated by commas (not host:port:"
                + " '10.0.0.2')",
            "REDIS_TLS must be 'on' or 'off', not 'maybe'")
        .noneMatch(problem -> problem.contains("secretpw"));
  }

  @Test
  void twoRedisDeploymentsAreRefused() {
    assertThat(
            problemsOf(Map.of("REDIS_URL", "redis://:secretpw@h:6379", "REDIS_CLUSTER", "h:7000")))
        .containsExactly("REDIS_URL and REDIS_CLUSTER name two Redis deployments: set only one");
  }

  @Test
  void presenceSettingsAreChecked() {
    assertThat(
            problemsOf(
                Map.of("PRESENCE_NODE_TIMEOUT_SECONDS", "90", "PRESENCE_FILTER_ERROR_RATE", "1.5")))
        .containsExactlyInAnyOrder(
            "PRESENCE_NODE_TIMEOUT_SECONDS must be a whole number from 1 to 50, not '90'",
            "PRESENCE_FILTER_ERROR_RATE must be a number between 0 and 1, not '1.5'");
  }

  /** The problems, one a line, that {@code env} is refused with. */
  private static List<String> problemsOf(Map<String, String> env) {
    Throwable refused = catchThrowable(() -> ServerConfig.fromEnvironment(env));
    assertThat(refused).isInstanceOf(ConfigException.class);
    return refused.getMessage().lines().toList();
  }
}
