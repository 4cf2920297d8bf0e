package chat.client.support;

import chat.server.ChatServer;
import chat.server.ServerConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real server on loopback for a test, with its own data directory. It starts on free ports and
 * restarts on the same ones, with the same data, as a server that was killed and brought back.
 * bcrypt runs at its cheapest cost and the send rate limit is out of the way: tests that need many
 * messages are not about rate limits.
 */
public final class LiveServer implements AutoCloseable {

  private final Path dataDir;
  private final String name;
  private ChatServer server;
  private int httpPort;
  private int wsPort;

  private LiveServer(Path dataDir, String name) {
    this.dataDir = dataDir;
    this.name = name;
  }

  public static LiveServer start(Path dataDir) {
    return start(dataDir, "Test chat");
  }

  /** Starts a server that calls itself {@code name}. */
  public static LiveServer start(Path dataDir, String name) {
    LiveServer live = new LiveServer(dataDir, name);
    live.boot(0, 0);
    return live;
  }

  /** The address a person would type. */
  public String address() {
    return "127.0.0.1:" + httpPort;
  }

  public String httpUrl() {
    return "http://" + address();
  }

  public String wsUrl() {
    return "ws://127.0.0.1:" + wsPort + "/ws";
  }

  public void stop() {
    try {
      server.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Starts again on the same ports with the same data. */
  public void restart() {
    boot(httpPort, wsPort);
  }

  @Override
  public void close() {
    stop();
  }

  private void boot(int http, int ws) {
    Map<String, String> env =
        Map.of(
            "HOST",
            "127.0.0.1",
            "PORT",
            Integer.toString(http),
            "WS_PORT",
            Integer.toString(ws),
            "DATA_DIR",
            dataDir.toString(),
            "BCRYPT_COST",
            "4",
            "SERVER_NAME",
            name,
            "MESSAGE_BURST",
            "1000",
            "MESSAGE_RATE_PER_SECOND",
            "1000");
    try {
      server = ChatServer.start(ServerConfig.fromEnvironment(env));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    httpPort = server.httpPort();
    wsPort = server.wsPort();
  }
}
