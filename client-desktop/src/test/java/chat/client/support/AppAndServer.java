package chat.client.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh server and a fresh app for each test, each in a folder of its own, closed after it:
 * {@code @RegisterExtension final AppAndServer both = AppAndServer.plain();}.
 */
public final class AppAndServer implements BeforeEachCallback, AfterEachCallback {

  private final Function<Path, LiveServer> startServer;
  private Path dir;
  private LiveServer server;
  private AppDriver app;

  private AppAndServer(Function<Path, LiveServer> startServer) {
    this.startServer = startServer;
  }

  /** A server speaking plain HTTP and WebSocket. */
  public static AppAndServer plain() {
    return new AppAndServer(LiveServer::start);
  }

  /** A server speaking only TLS, with a certificate it generated. */
  public static AppAndServer tls() {
    return new AppAndServer(LiveServer::startTls);
  }

  public LiveServer server() {
    return server;
  }

  public AppDriver app() {
    return app;
  }

  /** Starts the app again on the same folder (after the test closed it), as reopening it would. */
  public void launchAppAgain() {
    app = AppDriver.launch(dir.resolve("app"));
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("chat-ui-test");
    server = startServer.apply(dir.resolve("server"));
    app = AppDriver.launch(dir.resolve("app"));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    app.close();
    server.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(AppAndServer::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
