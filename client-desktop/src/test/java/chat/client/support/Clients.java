package chat.client.support;

import chat.client.config.Settings;
import chat.client.net.ReconnectPolicy;
import chat.client.net.ServerAddress;
import chat.client.net.Session;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.RoomResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Clients for view-model tests: UI hops go to the {@link TestUiThread}, no toolkit. */
public final class Clients {

  private Clients() {}

  /**
   * A client as the app makes one (standard reconnects, the system clock) on {@code settings}, its
   * outbox under {@code dir}, answering on the calling thread; pointed at no server yet.
   */
  public static Session standard(Settings settings, Path dir) {
    return new Session(
        Session::defaultHttp,
        Runnable::run,
        ReconnectPolicy.standard(),
        settings,
        dir.resolve("outbox"),
        Clock.systemUTC());
  }

  /** A client with its settings and outbox under {@code dir}, pointed at {@code server}. */
  public static Session probed(LiveServer server, Path dir) {
    return probed(server, dir, TestUiThread.executor());
  }

  /**
   * A client signed up as {@code username} and connected whose events and answers reach the JavaFX
   * thread, as in the app: for tests that bind real controls.
   */
  public static Session signedUpOnFx(LiveServer server, Path dir, String username) {
    return signedUp(probed(server, dir, Platform::runLater), username);
  }

  private static Session probed(LiveServer server, Path dir, Executor fx) {
    Session client =
        new Session(
            Session::defaultHttp,
            fx,
            new ReconnectPolicy(Duration.ofMillis(100), Duration.ofMillis(500), () -> 0.5),
            Settings.load(dir.resolve("settings.json")),
            dir.resolve("outbox"),
            Clock.systemUTC());
    client.probe(ServerAddress.parse(server.address())).join();
    return client;
  }

  /** A client signed up as {@code username} (password "password123") and connected. */
  public static Session signedUp(LiveServer server, Path dir, String username) {
    return signedUp(probed(server, dir), username);
  }

  /**
   * A client signed in as {@code username} (password "password123") and connected, whose events and
   * answers go through {@code fx}, such as {@link HeldReplies}.
   */
  public static Session signedIn(LiveServer server, Path dir, String username, Executor fx) {
    Session client = probed(server, dir, fx);
    client.login(username, "password123").join();
    Waits.until("connected", () -> client.statusProperty().get().connected());
    return client;
  }

  private static Session signedUp(Session client, String username) {
    client.register(username, "password123").join();
    Waits.until("connected", () -> client.statusProperty().get().connected());
    return client;
  }

  /** A public room named {@code name}, created by {@code client}. */
  public static Room publicRoom(Session client, String name) {
    return client
        .request(id -> new RoomCreate(id, name, RoomVisibility.PUBLIC, null), RoomResult.class)
        .join()
        .room();
  }
}
