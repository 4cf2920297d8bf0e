package chat.client.support;

import chat.client.net.Session;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.Room;
import chat.protocol.result.RoomResult;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where a view-model test starts, made fresh for each test in a folder of its own and closed after
 * it: a real server, the app's session signed up as alice and connected (UI hops on the test UI
 * thread, see {@link Clients}), and her public room "general"; with {@link #aliceAndBob()}, bob, a
 * second client, has joined it. {@code @RegisterExtension final LiveRoom live =
 * LiveRoom.aliceAndBob();}: the test's own {@code @BeforeEach} runs after it, so it can build its
 * view models on {@link #client()}.
 */
public final class LiveRoom implements BeforeEachCallback, AfterEachCallback {

  private final boolean withBob;
  private Path dir;
  private LiveServer server;
  private Session client;
  private Room room;
  private Peer bob;

  private LiveRoom(boolean withBob) {
    this.withBob = withBob;
  }

  /** Alice alone in her room. */
  public static LiveRoom alice() {
    return new LiveRoom(false);
  }

  /** Alice and bob in her room. */
  public static LiveRoom aliceAndBob() {
    return new LiveRoom(true);
  }

  public LiveServer server() {
    return server;
  }

  /** The app's session, alice's. */
  public Session client() {
    return client;
  }

  /** Alice's public room "general". */
  public Room room() {
    return room;
  }

  /** The second client of {@link #aliceAndBob()}, a member of {@link #room()}. */
  public Peer bob() {
    return bob;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    dir = Folders.fresh("chat-view-model-test");
    server = LiveServer.start(dir.resolve("server"));
    client = Clients.signedUp(server, dir.resolve("app"), "alice");
    room = Clients.publicRoom(client, "general");
    if (withBob) {
      bob = Peer.register(server, "bob");
      bob.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (bob != null) {
      bob.close();
    }
    client.close();
    server.close();
    Folders.delete(dir);
  }
}
