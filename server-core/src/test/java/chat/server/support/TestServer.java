package chat.server.support;

import chat.server.ChatServer;
import chat.server.ServerConfig;
import chat.server.support.ApiClient.Login;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server for a test class: free loopback ports, its own data directory, configured through
 * the same environment parsing as production. Register it with {@code @RegisterExtension static
 * final TestServer server = TestServer.embedded();}. Sockets opened through it are closed after
 * each test. bcrypt runs at its lowest cost to keep tests fast; the default cost is covered by the
 * hasher's own test.
 */
public final class TestServer implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

  public static final String JWT_SECRET = "test-access-secret-0123456789abcdef0123456789";
  public static final String JWT_REFRESH_SECRET = "test-refresh-secret-0123456789abcdef012345678";

  private final Map<String, String> settings;
  private final List<SocketClient> sockets = new CopyOnWriteArrayList<>();
  private Path dataDir;
  private ChatServer server;

  private TestServer(Map<String, String> settings) {
    this.settings = settings;
  }

  /** A server on the embedded store with the test defaults. */
  public static TestServer embedded() {
    return new TestServer(Map.of());
  }

  /** A server on the embedded store with these settings (environment variables) changed. */
  public static TestServer embedded(Map<String, String> settings) {
    return new TestServer(Map.copyOf(settings));
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

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    dataDir = Files.createTempDirectory("chat-test-");
    Map<String, String> env = new HashMap<>(environment(dataDir));
    env.putAll(settings);
    server = ChatServer.start(ServerConfig.fromEnvironment(env));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    sockets.forEach(SocketClient::close);
    sockets.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    server.close();
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(TestServer::delete);
    }
  }

  public String httpUrl() {
    return "http://127.0.0.1:" + server.httpPort();
  }

  public String wsUrl() {
    return "ws://127.0.0.1:" + server.wsPort() + "/ws";
  }

  public ApiClient api() {
    return new ApiClient(httpUrl());
  }

  /** Opens a socket with this token in the handshake (none when null); closed after the test. */
  public SocketClient openSocket(String token) {
    SocketClient socket = SocketClient.connect(wsUrl(), token);
    sockets.add(socket);
    return socket;
  }

  /** Opens an authenticated socket and waits until the server has taken it. */
  public SocketClient connect(Login login) {
    SocketClient socket = openSocket(login.accessToken());
    socket.ok("ping");
    return socket;
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
