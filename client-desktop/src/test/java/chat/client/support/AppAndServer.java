package chat.client.support;

import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh server and a fresh app for each test, each in a folder of its own, closed after it:
 * {@code @RegisterExtension final AppAndServer both = AppAndServer.plain();}.
 */
public final class AppAndServer implements BeforeEachCallback, AfterEachCallback {

  private final Function<Path, LiveServer> startServer;
  private final boolean aliceWithBob;
  private Path dir;
  private LiveServer server;
  private AppDriver app;
  private Peer bob;

  private AppAndServer(Function<Path, LiveServer> startServer, boolean aliceWithBob) {
    this.startServer = startServer;
    this.aliceWithBob = aliceWithBob;
  }

  /** A server speaking plain HTTP and WebSocket. */
  public static AppAndServer plain() {
    return new AppAndServer(LiveServer::start, false);
  }

  /** A server speaking only TLS, with a certificate it generated. */
  public static AppAndServer tls() {
    return new AppAndServer(LiveServer::startTls, false);
  }

  /**
   * A plain server where {@code bob} (a second client) has an account, and the app signed up on it
   * as {@code alice}.
   */
  public static AppAndServer aliceWithBob() {
    return new AppAndServer(LiveServer::start, true);
  }

  public LiveServer server() {
    return server;
  }

  public AppDriver app() {
    return app;
  }

  /** The app's own folder: its data, config and cache. */
  public Path appDir() {
    return dir.resolve("app");
  }

  /** The second client of {@link #aliceWithBob()}. */
  public Peer bob() {
    return bob;
  }

  /** A public room of {@link #bob()}'s, which the app joins and opens. */
  public Room bobsRoomJoined(String name) {
    Room room = bob.createRoom(name, RoomVisibility.PUBLIC, null);
    app.join(name);
    return room;
  }

  /** The app's folder: its data and config folders are inside. */
  public Path appHome() {
    return dir.resolve("app");
  }

  /** Starts the app again on the same folder (after the test closed it), as reopening it would. */
  public void launchAppAgain() {
    app = AppDriver.launch(dir.resolve("app"));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    dir = Folders.fresh("chat-ui-test");
    server = startServer.apply(dir.resolve("server"));
    if (aliceWithBob) {
      bob = Peer.register(server, "bob");
    }
    app = AppDriver.launch(dir.resolve("app"));
    if (aliceWithBob) {
      app.connect(server.address());
      app.registerAndWait("alice");
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    app.close();
    if (bob != null) {
      bob.close();
    }
    server.close();
    Folders.delete(dir);
  }
}
