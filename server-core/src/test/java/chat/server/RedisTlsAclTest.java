package chat.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.server.TypingEvent;
import chat.server.store.BusEvent;
import chat.server.store.RedisTopology;
import chat.server.store.RedisTopology.Credentials;
import chat.server.store.RedisTrust;
import chat.server.store.StoreException;
import chat.server.store.UserAccount;
import chat.server.store.redis.RedisStorage;
import chat.server.support.RedisAccess;
import chat.server.support.RedisClusterNodes;
import chat.server.support.RedisServer;
import chat.server.support.SentinelGroup;
import chat.server.support.TestCertificates;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each of the three Redis deployments, one Redis, Sentinel and a cluster, with TLS only (data
 * nodes, sentinels, replication and the cluster bus) from a certificate authority of the test's
 * own, and an ACL user in place of the default one, which is off: the nodes reach it trusting that
 * authority ({@code REDIS_TLS_CA_FILE}) and signing in as that user. Each deployment starts once
 * for the class; the class runs in the default execution only, since it brings its own.
 */
class RedisTlsAclTest {

  private static final String USER = "chat";
  private static final String PASSWORD = "acl-secret-5";
  private static final String WRONG_PASSWORD = "not-it-6";

  private static TestCertificates certificates;
  private static RedisAccess access;
  private static RedisServer standalone;
  private static SentinelGroup sentinels;
  private static RedisClusterNodes cluster;

  @BeforeAll
  static void start() throws Exception {
    certificates = TestCertificates.create();
    access = RedisAccess.aclUserOverTls(USER, PASSWORD, certificates);
    standalone = RedisServer.start("always", access);
    sentinels = SentinelGroup.start(access);
    cluster = RedisClusterNodes.start(access);
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable started : new AutoCloseable[] {cluster, sentinels, standalone}) {
      if (started != null) {
        started.close();
      }
    }
    if (certificates != null) {
      certificates.close();
    }
  }

  /** A deployment as a node is told it, signing in with some credentials. */
  enum Deployment {
    STANDALONE {
      @Override
      RedisTopology signingInWith(Credentials credentials) {
        return new RedisTopology.Standalone(
            URI.create(
                "rediss://"
                    + credentials.user().orElseThrow()
                    + ":"
                    + credentials.password().orElseThrow()
                    + "@127.0.0.1:"
                    + standalone.port()),
            credentials.trust());
      }
    },
    SENTINEL {
      @Override
      RedisTopology signingInWith(Credentials credentials) {
        RedisTopology.Sentinel group = sentinels.topology();
        return new RedisTopology.Sentinel(
            group.sentinels(),
            group.masterName(),
            credentials,
            group.sentinelUser(),
            group.sentinelPassword());
      }
    },
    CLUSTER {
      @Override
      RedisTopology signingInWith(Credentials credentials) {
        return new RedisTopology.Cluster(cluster.topology().seeds(), credentials);
      }
    };

    abstract RedisTopology signingInWith(Credentials credentials);

    /** As {@code REDIS_TLS_CA_FILE} and the ACL user's name and password give it. */
    RedisTopology rightly() {
      return signingInWith(access.credentials());
    }
  }

  /**
   * The sentinels, too, let in only the ACL user: a node told their password but not the user
   * ({@code REDIS_SENTINEL_USERNAME}) is refused, and says so without the password.
   */
  @Test
  void sentinelsThatLetInOnlyTheirAclUserRefuseANodeThatDoesNotNameIt() {
    RedisTopology.Sentinel right = (RedisTopology.Sentinel) Deployment.SENTINEL.rightly();
    RedisTopology.Sentinel withoutTheUser =
        new RedisTopology.Sentinel(
            right.sentinels(),
            right.masterName(),
            right.credentials(),
            Optional.empty(),
            right.sentinelPassword());

    assertThatThrownBy(() -> RedisStorage.open(withoutTheUser))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("refused the user or password")
        .hasMessageNotContaining(PASSWORD);
  }

  @ParameterizedTest
  @EnumSource
  void aNodeStoresAndReadsBackOverTlsAsTheAclUser(Deployment deployment) {
    try (RedisStorage storage = RedisStorage.open(deployment.rightly())) {
      storage.users().insert(new UserAccount("u-tls", "tls-alice", "hash", 1_000, 0));

      assertThat(storage.users().findById("u-tls"))
          .hasValueSatisfying(user -> assertThat(user.username()).isEqualTo("tls-alice"));
      assertThat(storage.isReachable()).isTrue();
    }
  }

  /**
   * A room's event (on a cluster by sharded pub/sub, to each shard's primary) and a revoked session
   * (classic pub/sub) both cross from one node to another over TLS.
   */
  @ParameterizedTest
  @EnumSource
  void eventsOfOneNodeReachAnotherOverTls(Deployment deployment) throws InterruptedException {
    try (RedisStorage publisher = RedisStorage.open(deployment.rightly());
        RedisStorage listener = RedisStorage.open(deployment.rightly())) {
      BlockingQueue<BusEvent> received = new LinkedBlockingQueue<>();
      listener.events().subscribe(received::add);
      BusEvent typing = new BusEvent.Delivery(Set.of("u1"), new TypingEvent("r1", "u1", true));
      BusEvent revoked = new BusEvent.SessionRevoked("s-tls");

      publisher.events().publish(typing);
      publisher.events().publish(revoked);

      assertThat(awaitEach(received, List.of(typing, revoked)))
          .containsExactlyInAnyOrder(typing, revoked);
    }
  }

  @ParameterizedTest
  @EnumSource
  void aWrongPasswordOfTheAclUserFailsOpeningWithoutShowingIt(Deployment deployment) {
    Credentials wrong =
        new Credentials(
            Optional.of(USER), Optional.of(WRONG_PASSWORD), true, access.credentials().trust());

    assertThatThrownBy(() -> RedisStorage.open(deployment.signingInWith(wrong)).close())
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("refused the user or password")
        .hasMessageNotContaining(WRONG_PASSWORD)
        .hasMessageNotContaining(PASSWORD);
  }

  @ParameterizedTest
  @EnumSource
  void withoutTheCaFileTheJvmsTrustStoreRefusesTheTestCa(Deployment deployment) {
    Credentials trustingTheJvm = new Credentials(Optional.of(USER), Optional.of(PASSWORD), true);

    assertThatThrownBy(() -> RedisStorage.open(deployment.signingInWith(trustingTheJvm)).close())
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(
            "its TLS certificate is from no certificate authority this node trusts")
        .hasMessageContaining("REDIS_TLS_CA_FILE")
        .hasMessageNotContaining(PASSWORD);
  }

  /**
   * The host name is checked whoever trusts the certificate: one from the trusted authority that
   * names {@code localhost} only is refused at {@code 127.0.0.1} and taken at {@code localhost}.
   */
  @Test
  void aTrustedCertificateThatDoesNotNameTheHostConnectedToIsRefused() throws Exception {
    TestCertificates localhostOnly = certificates.issuedFor("localhost-only", "DNS:localhost");
    try (RedisServer redis =
        RedisServer.start("always", RedisAccess.aclUserOverTls(USER, PASSWORD, localhostOnly))) {
      Optional<RedisTrust> trust = Optional.of(certificates.trust());
      String signIn = "rediss://" + USER + ":" + PASSWORD + "@";

      assertThatThrownBy(
              () ->
                  RedisStorage.open(
                          new RedisTopology.Standalone(
                              URI.create(signIn + "127.0.0.1:" + redis.port()), trust))
                      .close())
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("its TLS certificate does not name the host this node connects to");
      try (RedisStorage byName =
          RedisStorage.open(
              new RedisTopology.Standalone(
                  URI.create(signIn + "localhost:" + redis.port()), trust))) {
        assertThat(byName.isReachable()).isTrue();
      }
    }
  }

  /**
   * The events of {@code expected} as they arrive, others left out, each awaited for 5 s at most.
   */
  private static List<BusEvent> awaitEach(BlockingQueue<BusEvent> queue, List<BusEvent> expected)
      throws InterruptedException {
    List<BusEvent> got = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5) * expected.size();
    while (got.size() < expected.size() && System.nanoTime() < deadline) {
      BusEvent event = queue.poll(100, TimeUnit.MILLISECONDS);
      if (event != null && expected.contains(event)) {
        got.add(event);
      }
    }
    return got;
  }
}
