package chat.server;

import static chat.server.ServerConfigTest.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.server.store.RedisTopology;
import chat.server.store.RedisTrust;
import chat.server.support.TestCertificates;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings of Redis mode ({@link RedisSettings}): the deployment, its sign-in, its acks. */
class RedisSettingsTest {

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
  void sentinelsAndAMasterNameSelectSentinelModeWhoseAcksWaitForOneReplica() {
    ServerConfig config =
        ServerConfig.fromEnvironment(
            Map.of(
                "REDIS_SENTINELS", "10.0.0.1:26379, 10.0.0.2:26379,10.0.0.3:26380",
                "REDIS_MASTER_NAME", "chat",
                "REDIS_USERNAME", "chat-node",
                "REDIS_PASSWORD", "hunter2",
                "REDIS_TLS", "on",
                "REDIS_SENTINEL_USERNAME", "chat-watch",
                "REDIS_SENTINEL_PASSWORD", "watchword"));

    assertThat(config.redis())
        .hasValue(
            new RedisTopology.Sentinel(
                List.of(
                    new RedisTopology.Address("10.0.0.1", 26379),
                    new RedisTopology.Address("10.0.0.2", 26379),
                    new RedisTopology.Address("10.0.0.3", 26380)),
                "chat",
                new RedisTopology.Credentials(
                    Optional.of("chat-node"), Optional.of("hunter2"), true),
                Optional.of("chat-watch"),
                Optional.of("watchword")));
    assertThat(config.redis().orElseThrow().describe())
        .isEqualTo("master 'chat' of sentinels 10.0.0.1:26379,10.0.0.2:26379,10.0.0.3:26380");
    assertThat(config.redis().orElseThrow().toString())
        .doesNotContain("hunter2")
        .doesNotContain("watchword");
    assertThat(config.redisAcks())
        .isEqualTo(new ServerConfig.RedisAcks(1, Duration.ofSeconds(2), false));
    assertThat(
            ServerConfig.fromEnvironment(
                    Map.of(
                        "REDIS_SENTINELS", "s:26379",
                        "REDIS_MASTER_NAME", "chat",
                        "REDIS_ACK_REPLICAS", "0"))
                .redisAcks()
                .replicas())
        .isZero();
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
  void oneRedisUrlStillWaitsForNoReplicas() {
    assertThat(
            ServerConfig.fromEnvironment(Map.of("REDIS_URL", "redis://cache:6379"))
                .redisAcks()
                .replicas())
        .isZero();
  }

  @Test
  void onlyOneRedisDeploymentMayBeNamed() {
    assertThat(
            problemsOf(
                Map.of(
                    "REDIS_URL", "redis://:secretpw@cache:6379",
                    "REDIS_SENTINELS", "s:26379",
                    "REDIS_MASTER_NAME", "chat")))
        .containsExactly(
            "Set only one of REDIS_URL, REDIS_SENTINELS, REDIS_CLUSTER; REDIS_URL and"
                + " REDIS_SENTINELS are set");
  }

  @Test
  void badSentinelSettingsAreRefusedWithoutEchoingAPassword() {
    assertThat(
            problemsOf(
                Map.of(
                    "REDIS_SENTINELS", "s1:26379,s2",
                    "REDIS_PASSWORD", "hunter2",
                    "REDIS_SENTINEL_PASSWORD", "watchword",
                    "REDIS_TLS", "yes")))
        .containsExactlyInAnyOrder(
            "REDIS_SENTINELS is set, so set REDIS_MASTER_NAME too (the name the sentinels monitor"
                + " the primary by)",
            "REDIS_SENTINELS must list host:port separated by commas (not host:port: 's2')",
            "REDIS_TLS must be 'on' or 'off', not 'yes'")
        .noneMatch(line -> line.contains("hunter2") || line.contains("watchword"));
  }

  @Test
  void aRedisUserWithoutItsPasswordIsRefusedOnSentinelsAndClusters() {
    assertThat(
            problemsOf(
                Map.of(
                    "REDIS_SENTINELS", "s1:26379",
                    "REDIS_MASTER_NAME", "chat",
                    "REDIS_USERNAME", "chat",
                    "REDIS_SENTINEL_USERNAME", "watcher")))
        .containsExactlyInAnyOrder(
            "REDIS_USERNAME is set, so set REDIS_PASSWORD too (Redis signs a user in with both)",
            "REDIS_SENTINEL_USERNAME is set, so set REDIS_SENTINEL_PASSWORD too (Redis signs a"
                + " user in with both)");
    assertThat(problemsOf(Map.of("REDIS_CLUSTER", "10.0.0.1:7000", "REDIS_USERNAME", "chat")))
        .containsExactly(
            "REDIS_USERNAME is set, so set REDIS_PASSWORD too (Redis signs a user in with both)");
  }

  @Test
  void settingsOfAnotherDeploymentAreRefusedRatherThanIgnored() {
    assertThat(
            problemsOf(
                Map.of(
                    "REDIS_URL", "redis://cache:6379",
                    "REDIS_PASSWORD", "hunter2",
                    "REDIS_MASTER_NAME", "chat")))
        .containsExactlyInAnyOrder(
            "REDIS_MASTER_NAME is not read: REDIS_SENTINELS is not set",
            "REDIS_PASSWORD is not read: they go in REDIS_URL (redis://user:password@…, rediss://"
                + " for TLS)");
    assertThat(problemsOf(Map.of("REDIS_SENTINEL_PASSWORD", "watchword")))
        .containsExactly("REDIS_SENTINEL_PASSWORD is not read: REDIS_SENTINELS is not set");
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
        .containsExactly(
            "Set only one of REDIS_URL, REDIS_SENTINELS, REDIS_CLUSTER; REDIS_URL and REDIS_CLUSTER"
                + " are set");
  }

  @Test
  void aTlsCaFileIsTrustedByEveryDeploymentThatSpeaksTls() throws Exception {
    try (TestCertificates certificates = TestCertificates.create()) {
      String caFile = certificates.caFile().toString();
      RedisTopology.Standalone standalone =
          (RedisTopology.Standalone)
              ServerConfig.fromEnvironment(
                      Map.of(
                          "REDIS_URL",
                          "rediss://chat:hunter2@cache:6380",
                          "REDIS_TLS_CA_FILE",
                          caFile))
                  .redis()
                  .orElseThrow();
      RedisTopology.Sentinel sentinel =
          (RedisTopology.Sentinel)
              ServerConfig.fromEnvironment(
                      Map.of(
                          "REDIS_SENTINELS", "s:26379",
                          "REDIS_MASTER_NAME", "chat",
                          "REDIS_TLS", "on",
                          "REDIS_TLS_CA_FILE", caFile))
                  .redis()
                  .orElseThrow();
      RedisTopology.Cluster cluster =
          (RedisTopology.Cluster)
              ServerConfig.fromEnvironment(
                      Map.of(
                          "REDIS_CLUSTER", "c:7000",
                          "REDIS_TLS", "on",
                          "REDIS_TLS_CA_FILE", caFile))
                  .redis()
                  .orElseThrow();

      RedisTrust trust = certificates.trust();
      assertThat(standalone.trust()).contains(trust);
      assertThat(sentinel.credentials().trust()).contains(trust);
      assertThat(cluster.credentials().trust()).contains(trust);
      assertThat(trust.authorities())
          .singleElement()
          .satisfies(
              ca -> assertThat(ca.getSubjectX500Principal().getName()).contains("chat-test-ca"));
      assertThat(cluster.credentials().toString()).contains("trusting " + caFile);
    }
  }

  @Test
  void aTlsCaFileThatCannotBeUsedIsRefusedNamingTheSetting(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.pem");
    Path notPem = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n");

    assertThat(
            problemsOf(
                Map.of(
                    "REDIS_URL",
                    "rediss://:secretpw@cache:6380",
                    "REDIS_TLS_CA_FILE",
                    missing.toString())))
        .containsExactly("REDIS_TLS_CA_FILE names no readable file: " + missing);
    assertThat(
            problemsOf(
                Map.of(
                    "REDIS_CLUSTER", "c:7000",
                    "REDIS_PASSWORD", "secretpw",
                    "REDIS_TLS", "on",
                    "REDIS_TLS_CA_FILE", notPem.toString())))
        .containsExactly(
            "REDIS_TLS_CA_FILE must be a PEM file of CA certificates, but "
                + notPem
                + " is not a PEM file of certificates")
        .noneMatch(problem -> problem.contains("secretpw"));
  }

  @Test
  void aTlsCaFileWithoutTlsIsRefusedRatherThanIgnored(@TempDir Path dir) throws Exception {
    String caFile = Files.writeString(dir.resolve("ca.pem"), "unread").toString();
    String notRead =
        "REDIS_TLS_CA_FILE is not read: TLS to Redis is off (REDIS_TLS=on, or rediss:// in"
            + " REDIS_URL, turns it on)";

    assertThat(problemsOf(Map.of("REDIS_URL", "redis://cache:6379", "REDIS_TLS_CA_FILE", caFile)))
        .containsExactly(notRead);
    assertThat(problemsOf(Map.of("REDIS_CLUSTER", "c:7000", "REDIS_TLS_CA_FILE", caFile)))
        .containsExactly(notRead);
    assertThat(problemsOf(Map.of("REDIS_TLS_CA_FILE", caFile))).containsExactly(notRead);
  }
}
