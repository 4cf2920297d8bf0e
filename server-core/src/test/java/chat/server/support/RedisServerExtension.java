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
 * A {@link RedisServer} for one test class: started before it, emptied before each test (and
 * started again if a test killed it), stopped after the class. Register it as
 * {@code @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();}.
 */
public final class RedisServerExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  private RedisServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = RedisServer.start();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws InterruptedException {
    server.ensureRunning();
    server.flushAll();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    server.close();
  }

  public URI url() {
    return server.url();
  }

  /** The deployment the stores under test connect to. */
  public RedisTopology topology() {
    return new RedisTopology.Standalone(server.url());
  }

  public <T> T call(Function<Jedis, T> commands) {
    return server.call(commands);
  }

  public void flushAll() {
    server.flushAll();
  }

  public void kill() throws InterruptedException {
    server.kill();
  }

  public void restart() throws InterruptedException {
    server.restart();
  }

  public void pause() {
    server.pause();
  }

  public void resume() {
    server.resume();
  }
}
