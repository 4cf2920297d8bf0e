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
 * {@code @RegisterExtension final AppAndServer both = AppAndServer.plain();}. With {@link
 * #aliceAndBobInApps()}, bob runs a second app beside alice's, in the same JVM.
 */
public final class AppAndServer implements BeforeEachCallback, AfterEachCallback {

  private final Function<Path, LiveServer> startServer;
  private final Bob bobAs;
  private Path dir;
  private LiveServer server;
  private AppDriver app;
  private Peer bob;
  private AppDriver bobsApp;

  /** Who bob is, if anyone. */
  private enum Bob {
    NOBODY,
    PEER,
    APP
  }

  private AppAndServer(Function<Path, LiveServer> startServer, Bob bobAs) {
    this.startServer = startServer;
    this.bobAs = bobAs;
  }

  /** A server speaking plain HTTP and WebSocket. */
  public static AppAndServer plain() {
    return new AppAndServer(LiveServer::start, Bob.NOBODY);
  }

  /** A server speaking only TLS, with a certificate it generated. */
  public static AppAndServer tls() {
    return new AppAndServer(LiveServer::startTls, Bob.NOBODY);
  }

  /**
   * A plain server where {@code bob} (a second client) has an account, and the app signed up on it
   * as {@code alice}.
   */
  public static AppAndServer aliceWithBob() {
    return new AppAndServer(LiveServer::start, Bob.PEER);
  }

  /**
   * A plain server where the app signed up as {@code alice}, and a second app, {@link #bobsApp()},
   * as {@code bob}.
   */
  public static AppAndServer aliceAndBobInApps() {
    return new AppAndServer(LiveServer::start, Bob.APP);
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

  /** Bob's app, of {@link #aliceAndBobInApps()}. */
  public AppDriver bobsApp() {
    return bobsApp;
  }

  /**
   * A public room of bob's, open in {@link #bobsApp()}, which alice's app joins and opens. Bob
   * creates it through the API, in a sign-in of its own: making rooms is not what these tests try.
   */
  public Room bobsRoomOpenInBothApps(String name) {
    Room room;
    try (Peer bobsOtherSignIn = Peer.login(server, "bob")) {
      room = bobsOtherSignIn.createRoom(name, RoomVisibility.PUBLIC, null);
    }
    bobsApp.openRoom(name);
    app.join(name);
    return room;
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
    if (bobAs == Bob.PEER) {
      bob = Peer.register(server, "bob");
    }
    app = AppDriver.launch(dir.resolve("app"));
    if (bobAs != Bob.NOBODY) {
      app.connect(server.address());
      app.registerAndWait("alice");
    }
    if (bobAs == Bob.APP) {
      bobsApp = AppDriver.launchAnother(dir.resolve("bobs-app"));
      bobsApp.connect(server.address());
      bobsApp.registerAndWait("bob");
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (bobsApp != null) {
      bobsApp.close();
    }
    app.close();
    if (bob != null) {
      bob.close();
    }
    server.close();
    Folders.delete(dir);
  }
}
