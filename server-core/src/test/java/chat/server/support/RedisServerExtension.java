package chat.server.support;

import chat.server.store.RedisTopology;
import java.net.URI;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.commands.JedisCommands;

/**
 * The Redis deployment for one test class: started before it (or, for Sentinel and a cluster, the
 * one this JVM shares), emptied before each test (and a standalone Redis started again if a test
 * killed it), a standalone one stopped after the class. Register it as {@code @RegisterExtension
 * static final RedisServerExtension redis = new RedisServerExtension();}.
 *
 * <p>The system property {@value #DEPLOYMENT} chooses the deployment: {@code standalone} (the
 * default: one {@link RedisServer}), {@code sentinel} (the Sentinel group of this JVM, {@link
 * SentinelGroup#shared}) or {@code cluster} (the Redis Cluster of this JVM, {@link
 * RedisClusterNodes#shared}). {@link #topology} names it to the stores under test, {@link #call}
 * reaches keys (on a cluster, on any shard) and {@link #flushAll} empties every primary. What only
 * one standalone Redis has ({@link #url}, {@link #kill}, {@link #pause}, {@link #server}, …) fails
 * on another deployment: the tests that use it carry the tag {@value #STANDALONE_TAG}, which the
 * runs on other deployments leave out.
 */
public final class RedisServerExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  /** The system property naming the deployment the Redis tests run on. */
  public static final String DEPLOYMENT = "chat.test.redis";

  /** The JUnit tag of tests that only make sense on one standalone Redis. */
  public static final String STANDALONE_TAG = "standalone-redis";

  private final String kind = deployment();
  private RedisServer server;
  private SentinelGroup sentinels;
  private RedisClusterNodes cluster;

  /** The deployment the build asked for with {@value #DEPLOYMENT}. */
  public static String deployment() {
    return System.getProperty(DEPLOYMENT, "standalone");
  }

  /** Whether this run's Redis tests use a cluster ({@code -Dchat.test.redis=cluster}). */
  public static boolean onCluster() {
    return "cluster".equals(deployment());
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    switch (kind) {
      case "standalone" -> server = RedisServer.start();
      case "sentinel" -> sentinels = SentinelGroup.shared();
      case "cluster" -> cluster = RedisClusterNodes.shared();
      default ->
          throw new IllegalArgumentException(
              DEPLOYMENT + " must be standalone, sentinel or cluster, not " + kind);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws InterruptedException {
    if (server != null) {
      server.ensureRunning();
    }
    flushAll();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (server != null) {
      server.close();
    }
  }

  /** The URL of the one standalone Redis. */
  public URI url() {
    return server().url();
  }

  /** The deployment the stores under test connect to. */
  public RedisTopology topology() {
    if (cluster != null) {
      return cluster.topology();
    }
    return sentinels != null ? sentinels.topology() : new RedisTopology.Standalone(server.url());
  }

  /** Runs key commands on the deployment: on a cluster, each goes to its key's shard. */
  public <T> T call(Function<JedisCommands, T> commands) {
    if (cluster != null) {
      return cluster.call(commands::apply);
    }
    return sentinels != null ? sentinels.call(commands::apply) : server.call(commands::apply);
  }

  /** Every key the deployment holds, on every shard. */
  public Set<String> keys() {
    if (cluster != null) {
      return cluster.keys();
    }
    return sentinels != null ? sentinels.primary().keys() : server.keys();
  }

  public void flushAll() {
    if (cluster != null) {
      cluster.flushAll();
    } else if (sentinels != null) {
      sentinels.flushAll();
    } else {
      server.flushAll();
    }
  }

  /** The one standalone Redis, for what concerns a server (its configuration, its clients). */
  public RedisServer server() {
    if (server == null) {
      throw new IllegalStateException(
          "this test needs one standalone Redis, not " + kind + ": tag it " + STANDALONE_TAG);
    }
    return server;
  }

  /** The cluster, with {@code -Dchat.test.redis=cluster}. */
  public RedisClusterNodes cluster() {
    if (cluster == null) {
      throw new IllegalStateException("not a cluster run: -D" + DEPLOYMENT + "=cluster");
    }
    return cluster;
  }

  public void kill() throws InterruptedException {
    server().kill();
  }

  public void restart() throws InterruptedException {
    server().restart();
  }

  public void pause() {
    server().pause();
  }

  public void resume() {
    server().resume();
  }

  /** Runs {@code commands} on the one standalone Redis (server commands too). */
  public <T> T onServer(Function<Jedis, T> commands) {
    return server().call(commands);
  }
}
