package chat.client.e2ee;

import chat.client.config.Settings;
import chat.client.crypto.store.StoreKeys;
import chat.client.net.ClientEvent;
import chat.client.net.ServerAddress;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.Folders;
import chat.client.support.LiveServer;
import chat.client.support.LocalRedis;
import chat.client.support.MovableClock;
import chat.client.support.Waits;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.RoomResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server and the apps a test signs in to it, each with its own data directory and {@link
 * EndToEnd}: {@code @RegisterExtension final EncryptedChat chat = new EncryptedChat();}.
 */
final class EncryptedChat implements BeforeEachCallback, AfterEachCallback {

  /** One signed-in app: its session, its encryption, and what it read of each message. */
  record App(
      Session session,
      EndToEnd e2ee,
      Map<String, DecryptedText> read,
      Map<String, Message> arrived) {

    String userId() {
      return session.me().userId();
    }

    /** What {@code messageId} reads as here, once it was read at all. */
    DecryptedText awaitRead(String messageId) {
      Waits.until("message " + messageId + " is read", () -> read.containsKey(messageId));
      return read.get(messageId);
    }

    /** Waits until a message with {@code text} reads as it here, and returns its id. */
    String awaitText(String text) {
      Waits.until("'" + text + "' is read", () -> idOf(text) != null);
      return idOf(text);
    }

    private String idOf(String text) {
      return read.entrySet().stream()
          .filter(e -> e.getValue() instanceof DecryptedText.Readable r && r.body().equals(text))
          .map(Map.Entry::getKey)
          .findFirst()
          .orElse(null);
    }

    /** An encrypted private room of this app's user with {@code members}. */
    Room encryptedRoom(String name, List<String> members) {
      return session
          .request(
              id -> new RoomCreate(id, name, RoomVisibility.PRIVATE, members, true),
              RoomResult.class)
          .join()
          .room();
    }
  }

  private final boolean onRedis;
  private final List<App> apps = new ArrayList<>();
  private final MovableClock clock = new MovableClock();
  private Path dir;
  private LocalRedis redis;
  private LiveServer server;

  /** A server on the embedded store. */
  EncryptedChat() {
    this(false);
  }

  /**
   * @param onRedis a server on a Redis of the test's own, keeping its data in {@link #redisDir}
   */
  EncryptedChat(boolean onRedis) {
    this.onRedis = onRedis;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    dir = Folders.fresh("chat-e2ee-test");
    if (onRedis) {
      redis = LocalRedis.start(redisDir());
      server = LiveServer.startWith(serverDir(), Map.of("REDIS_URL", redis.url()));
    } else {
      server = LiveServer.start(serverDir());
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List.copyOf(apps).forEach(this::close);
    server.close();
    if (redis != null) {
      redis.close();
    }
    Folders.delete(dir);
  }

  /** Moves the clock of every app's encryption (not of the sessions) forward. */
  void advanceClock(Duration by) {
    clock.advance(by);
  }

  /** Where the Redis keeps its append-only file, and its dump after {@link #saveRedis}. */
  Path redisDir() {
    return dir.resolve("redis");
  }

  /** Has the Redis, if any, write its dump file. */
  void saveRedis() {
    if (redis != null) {
      redis.save();
    }
  }

  LiveServer server() {
    return server;
  }

  /** The server's data directory. */
  Path serverDir() {
    return dir.resolve("server");
  }

  /** A new account {@code username}, signed up in an app of its own, encryption started. */
  App signedUp(String username) {
    return started(Clients.signedUp(server, appDir(username), username), appDir(username));
  }

  /** {@code username} signed in again in the app whose data directory is {@code appName}'s. */
  App signedIn(String username, String appName) {
    Path appDir = appDir(appName);
    return started(Clients.signedIn(server, appDir, username, Runnable::run), appDir);
  }

  /** The app of {@code appName} started again after it was closed: its session resumed. */
  App restarted(String appName) {
    Path appDir = appDir(appName);
    Session session = Clients.standard(Settings.load(appDir.resolve("settings.json")), appDir);
    session.probe(ServerAddress.parse(server.address())).join();
    session.resume().join();
    Waits.until("connected", () -> session.statusProperty().get().connected());
    return started(session, appDir);
  }

  /** An app as {@link #signedUp} makes one, whose encryption is not started yet. */
  App unstarted(Session session, Path appDir) {
    try {
      Path folder = appDir.resolve("crypto");
      EndToEnd e2ee = new EndToEnd(session, folder, StoreKeys.forStore(folder, null), clock);
      Map<String, DecryptedText> read = new ConcurrentHashMap<>();
      e2ee.addListener(t -> read.put(t.messageId(), t.text()));
      Map<String, Message> arrived = new ConcurrentHashMap<>();
      session.addListener(
          event -> {
            if (event instanceof ClientEvent.MessageArrived m) {
              arrived.put(m.message().messageId(), m.message());
            }
          });
      App app = new App(session, e2ee, read, arrived);
      apps.add(app);
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path appDir(String appName) {
    return dir.resolve("app-" + appName);
  }

  /** Signs the app out and closes it, as quitting does. */
  void close(App app) {
    apps.remove(app);
    app.e2ee().close();
    app.session().close();
  }

  private App started(Session session, Path appDir) {
    App app = unstarted(session, appDir);
    app.e2ee().start().join();
    return app;
  }
}
