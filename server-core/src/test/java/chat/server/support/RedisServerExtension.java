package chat.server.support;

import chat.server.store.RedisTopology;
import java.net.URI;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.Jedis;

/**
 * The Redis deployment for one test class: started before it, emptied before each test (and a
 * standalone Redis started again if a test killed it), stopped after the class. Register it as
 * {@code @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();}.
 *
 * <p>The system property {@value #TOPOLOGY} chooses the deployment: {@code standalone} (the
 * default: one {@link RedisServer}) or {@code sentinel} (a {@link SentinelGroup}). {@link
 * #topology} names it to the stores under test and {@link #call} reaches its primary. What only one
 * standalone Redis has ({@link #url}, {@link #kill}, {@link #pause}, …) fails on another
 * deployment: the tests that use it carry the tag {@value #STANDALONE_ONLY}, which the runs on
 * other deployments leave out.
 */
public final class RedisServerExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  /** The system property that chooses the deployment. */
  public static final String TOPOLOGY = "chat.test.redis";

  /** The tag of tests that need one standalone Redis. */
  public static final String STANDALONE_ONLY = "standalone-redis";

  private final String kind = deployment();
  private RedisServer server;
  private SentinelGroup sentinels;

  /** The deployment the build asked for with {@value #TOPOLOGY}. */
  public static String deployment() {
    return System.getProperty(TOPOLOGY, "standalone");
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    switch (kind) {
      case "standalone" -> server = RedisServer.start();
      case "sentinel" -> sentinels = SentinelGroup.start();
      default ->
          throw new IllegalArgumentException(
              TOPOLOGY + " must be standalone or sentinel, not " + kind);
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
    if (sentinels != null) {
      sentinels.close();
    }
  }

  /** The URL of the one standalone Redis. */
  public URI url() {
    return standalone().url();
  }

  /** The deployment the stores under test connect to. */
  public RedisTopology topology() {
    return server != null ? new RedisTopology.Standalone(server.url()) : sentinels.topology();
  }

  /** Runs {@code commands} on a connection of the test's own to the primary. */
  public <T> T call(Function<Jedis, T> commands) {
    return server != null ? server.call(commands) : sentinels.call(commands);
  }

  public void flushAll() {
    call(Jedis::flushAll);
  }

  public void kill() throws InterruptedException {
    standalone().kill();
  }

  public void restart() throws InterruptedException {
    standalone().restart();
  }

  public void pause() {
    standalone().pause();
  }

  public void resume() {
    standalone().resume();
  }

  private RedisServer standalone() {
    if (server == null) {
      throw new IllegalStateException(
          "this test needs one standalone Redis, not " + kind + ": tag it " + STANDALONE_ONLY);
    }
    return server;
  }
}
