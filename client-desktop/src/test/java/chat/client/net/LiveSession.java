package chat.client.net;

import chat.client.config.Settings;
import chat.client.net.ClientEvent.MessageArrived;
import chat.client.net.ClientEvent.OutboxChanged;
import chat.client.net.ClientEvent.RoomsListed;
import chat.client.support.Clients;
import chat.client.support.Folders;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.client.support.Waits;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server and the {@link Session}s a test opens on it, with UI hops run inline, each test in
 * a folder of its own: {@code @RegisterExtension final LiveSession live = new LiveSession();}. It
 * records every {@link ClientEvent} of every session it opened, and closes the last one after the
 * test.
 */
final class LiveSession implements BeforeEachCallback, AfterEachCallback {

  private final List<ClientEvent> events = new CopyOnWriteArrayList<>();
  private final MovingClock clock = new MovingClock();
  private Path dir;
  private LiveServer server;
  private Settings settings;
  private Session client;

  @Override
  public void beforeEach(ExtensionContext context) {
    dir = Folders.fresh("chat-session-test");
    server = LiveServer.start(dir.resolve("server"));
    settings = Settings.load(dir.resolve("settings.json"));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (client != null) {
      client.close();
    }
    server.close();
    Folders.delete(dir);
  }

  LiveServer server() {
    return server;
  }

  Settings settings() {
    return settings;
  }

  /** The session opened last. */
  Session client() {
    return client;
  }

  List<ClientEvent> events() {
    return events;
  }

  /** Moves the sessions' clock forward, to bring an access token's expiry near. */
  void advanceClock(Duration by) {
    clock.advance(by);
  }

  /** The refresh token the settings remember for the server; null when none. */
  String rememberedToken() {
    return settings.server(server.httpUrl()).orElseThrow().refreshToken();
  }

  /** A new session, signed up as {@code username} and connected. */
  Session signedUp(String username, ReconnectPolicy policy) {
    Session signedUp = probed(policy);
    signedUp.register(username, "password123").join();
    Waits.until("connected", () -> signedUp.statusProperty().get().connected());
    return signedUp;
  }

  /** A new session (as the app starts one, on the same settings and outbox folder), probed. */
  Session probed(ReconnectPolicy policy) {
    client =
        new Session(
            Session::defaultHttp, Runnable::run, policy, settings, dir.resolve("outbox"), clock);
    client.addListener(events::add);
    client.probe(ServerAddress.parse(server.address())).join();
    return client;
  }

  /** Retries within half a second of a drop. */
  static ReconnectPolicy fastRetries() {
    return new ReconnectPolicy(Duration.ofMillis(100), Duration.ofMillis(500), () -> 0.5);
  }

  /** A first retry a minute after a drop: the test says when to come back, with retryNow. */
  static ReconnectPolicy retriesOnlyWhenAsked() {
    return new ReconnectPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), () -> 0.999);
  }

  /** A room of alice's that bob has joined, with one message of his the client has received. */
  Room roomWithBob() {
    Room room = Clients.publicRoom(client, "general");
    try (Peer bob = Peer.register(server, "bob")) {
      bob.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
      say(bob, room, "before");
      awaitMessage("before");
    }
    return room;
  }

  /** Runs {@code action} as bob, on a socket of his own to the server as it runs now. */
  void asBob(Consumer<Peer> action) {
    try (Peer bob = Peer.login(server, "bob")) {
      action.accept(bob);
    }
  }

  /**
   * Takes the client offline (the server restarts), lets {@code meanwhile} happen on the server
   * while the client waits, then has it reconnect.
   */
  void awayWhile(Runnable meanwhile) {
    serverDown();
    server.restart();
    meanwhile.run();
    client.retryNow();
    Waits.until("connected again", () -> client.statusProperty().get().connected());
  }

  /** Stops the server, and waits until the client sees it is offline. */
  void serverDown() {
    server.stop();
    Waits.until("offline", () -> !client.statusProperty().get().connected());
  }

  static void say(Peer peer, Room room, String text) {
    peer.request(
        id -> new MessageSend(id, room.roomId(), text, "p-" + System.nanoTime()),
        MessageResult.class);
  }

  List<String> arrivedContents() {
    return arrived().map(Message::content).toList();
  }

  /** The first message with {@code content} the client received, once it has. */
  Message awaitMessage(String content) {
    Waits.until(
        "'" + content + "' arrives",
        Duration.ofSeconds(20),
        () -> arrived().anyMatch(m -> m.content().equals(content)));
    return arrived().filter(m -> m.content().equals(content)).findFirst().orElseThrow();
  }

  List<Room> lastRoomsListed() {
    return events.reversed().stream()
        .flatMap(e -> e instanceof RoomsListed l ? Stream.of(l.rooms()) : Stream.empty())
        .findFirst()
        .orElse(List.of());
  }

  List<Outbox.Entry> lastOutbox() {
    return events.reversed().stream()
        .flatMap(e -> e instanceof OutboxChanged o ? Stream.of(o.pending()) : Stream.empty())
        .findFirst()
        .orElse(List.of());
  }

  private Stream<Message> arrived() {
    return events.stream()
        .flatMap(e -> e instanceof MessageArrived m ? Stream.of(m.message()) : Stream.empty());
  }

  /**
   * The system clock, moved forward by the test: the server's token expiry runs on real time, so
   * this clock must too (unlike {@code support.MovableClock}, which stands still).
   */
  private static final class MovingClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    void advance(Duration by) {
      offset = offset.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return Clock.systemUTC().instant().plus(offset);
    }
  }
}
