package chat.server.support;

import chat.server.ChatServer;
import chat.server.ServerConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real server on free loopback ports with its own data directory, configured through the same
 * environment parsing as production. bcrypt runs at its lowest cost to keep tests fast; the cost
 * itself is covered by the hasher's own test.
 */
public final class TestServer implements AutoCloseable {

  public static final String JWT_SECRET = "test-access-secret-0123456789abcdef0123456789";
  public static final String JWT_REFRESH_SECRET = "test-refresh-secret-0123456789abcdef012345678";

  private final ChatServer server;
  private final Path dataDir;

  private TestServer(ChatServer server, Path dataDir) {
    this.server = server;
    this.dataDir = dataDir;
  }

  public static TestServer start(Path dataDir) {
    return start(dataDir, Map.of());
  }

  /** Starts with the test defaults, overridden by {@code settings}. */
  public static TestServer start(Path dataDir, Map<String, String> settings) {
    Map<String, String> env = new HashMap<>(environment(dataDir));
    env.putAll(settings);
    try {
      return new TestServer(ChatServer.start(ServerConfig.fromEnvironment(env)), dataDir);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The settings tests run with, as environment variables. */
  public static Map<String, String> environment(Path dataDir) {
    return Map.of(
        "HOST",
        "127.0.0.1",
        "PORT",
        "0",
        "DATA_DIR",
        dataDir.toString(),
        "BCRYPT_COST",
        "4",
        "JWT_SECRET",
        JWT_SECRET,
        "JWT_REFRESH_SECRET",
        JWT_REFRESH_SECRET);
  }

  public String httpUrl() {
    return "http://127.0.0.1:" + server.httpPort();
  }

  public String wsUrl() {
    return "ws://127.0.0.1:" + server.wsPort() + "/ws";
  }

  public Path dataDir() {
    return dataDir;
  }

  public ApiClient api() {
    return new ApiClient(httpUrl());
  }

  @Override
  public void close() {
    server.close();
  }
}
