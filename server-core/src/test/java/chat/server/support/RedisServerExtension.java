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
 * A {@link RedisServer} for one test class: started before it, emptied before each test (and
 * started again if a test killed it), stopped after the class. Register it as
 * {@code @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();}.
 *
 * <p>With {@code -Dchat.test.redis=cluster} it uses the Redis Cluster of this JVM instead ({@link
 * RedisClusterNodes#shared}): {@link #topology} names it, {@link #call} reaches keys on any shard,
 * and {@link #flushAll} empties every primary. What only a single server has ({@link #url}, {@link
 * #kill}, {@link #pause}, {@link #server}…) then fails: tag such a class {@value #STANDALONE_TAG}
 * so that the cluster run leaves it out.
 */
public final class RedisServerExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  /** The system property naming the deployment the Redis tests run on. */
  public static final String DEPLOYMENT = "chat.test.redis";

  /** The JUnit tag of test classes that only make sense on one standalone Redis. */
  public static final String STANDALONE_TAG = "standalone-redis";

  private RedisServer server;
  private RedisClusterNodes cluster;

  /** Whether this run's Redis tests use a cluster ({@code -Dchat.test.redis=cluster}). */
  public static boolean onCluster() {
    return "cluster".equals(System.getProperty(DEPLOYMENT, "standalone"));
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (onCluster()) {
      cluster = RedisClusterNodes.shared();
    } else {
      server = RedisServer.start();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws InterruptedException {
    if (cluster == null) {
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

  public URI url() {
    return server().url();
  }

  /** The deployment the stores under test connect to. */
  public RedisTopology topology() {
    return cluster != null ? cluster.topology() : new RedisTopology.Standalone(server.url());
  }

  /** Runs key commands on the deployment: on a cluster, each goes to its key's shard. */
  public <T> T call(Function<JedisCommands, T> commands) {
    return cluster != null ? cluster.call(commands::apply) : server.call(commands::apply);
  }

  /** Every key the deployment holds, on every shard. */
  public Set<String> keys() {
    return cluster != null ? cluster.keys() : server.keys();
  }

  public void flushAll() {
    if (cluster != null) {
      cluster.flushAll();
    } else {
      server.flushAll();
    }
  }

  /** The one standalone Redis, for what concerns a server (its configuration, its clients). */
  public RedisServer server() {
    if (server == null) {
      throw new IllegalStateException(
          "only a standalone Redis has this; tag the test class " + STANDALONE_TAG);
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
