package chat.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import chat.client.config.Settings;
import chat.client.net.ClientEvent.MessageArrived;
import chat.client.net.ClientEvent.MessageEdited;
import chat.client.net.ClientEvent.OutboxChanged;
import chat.client.net.ClientEvent.RoomsListed;
import chat.client.net.ClientEvent.SessionEnded;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.client.support.Waits;
import chat.protocol.Limits;
import chat.protocol.client.MessageDelete;
import chat.protocol.client.MessageEdit;
import chat.protocol.client.MessageHistory;
import chat.protocol.client.MessagePin;
import chat.protocol.client.MessageSend;
import chat.protocol.client.ReactionAdd;
import chat.protocol.client.RoomCreate;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.MessageResult;
import chat.protocol.result.MessagesResult;
import chat.protocol.result.RoomResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real server, with UI hops run inline. */
class SessionTest {

  @TempDir Path dir;
  private LiveServer server;
  private Settings settings;
  private final List<ClientEvent> events = new CopyOnWriteArrayList<>();
  private Session client;
  private final MovableClock clock = new MovableClock();

  @BeforeEach
  void startServer() {
    server = LiveServer.start(dir.resolve("server"));
    settings = Settings.load(dir.resolve("settings.json"));
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  @Test
  void signsUpConnectsAndSendsThroughTheOutbox() {
    client = signedUp("alice", ReconnectPolicy.standard());
    Room room = Clients.publicRoom(client, "general");

    client.send(room.roomId(), "hello");

    Message delivered = awaitMessage("hello");
    assertThat(delivered.senderName()).isEqualTo("alice");
    Waits.until("the outbox is empty", () -> lastOutbox().isEmpty());
    assertThat(settings.server(server.httpUrl()).orElseThrow().refreshToken()).isNotNull();
  }

  @Test
  void aMessageTypedWhileTheServerIsDownIsDeliveredExactlyOnceWhenItIsBack() {
    client = signedUp("alice", fastRetries());
    Room room = Clients.publicRoom(client, "general");

    server.stop();
    Waits.until("the client sees it is offline", () -> !client.statusProperty().get().connected());
    client.send(room.roomId(), "typed offline");
    Waits.until("the message is pending", () -> lastOutbox().size() == 1);
    server.restart();

    awaitMessage("typed offline");
    Waits.until("the outbox is empty", () -> lastOutbox().isEmpty());
    try (Peer bob = Peer.register(server, "bob")) {
      bob.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
      MessagesResult history =
          bob.request(
              id -> new MessageHistory(id, room.roomId(), null, null, 100), MessagesResult.class);
      assertThat(history.messages()).extracting(Message::content).containsExactly("typed offline");
    }
  }

  @Test
  void theOutboxOutlivesTheClientAndIsSentByTheNextOne() {
    client = signedUp("alice", fastRetries());
    Room room = Clients.publicRoom(client, "general");
    server.stop();
    Waits.until("offline", () -> !client.statusProperty().get().connected());
    client.send(room.roomId(), "survives a restart");
    Waits.until("the message is pending", () -> lastOutbox().size() == 1);
    client.close();
    server.restart();

    client = newClient(fastRetries());
    client.probe(ServerAddress.parse(server.address())).join();
    client.resume().join();

    awaitMessage("survives a restart");
    Waits.until("the outbox is empty", () -> lastOutbox().isEmpty());
  }

  @Test
  void aMessageSentWhileItWasAwayArrivesAfterTheReconnectThroughSync() {
    client = signedUp("alice", retriesOnlyWhenAsked());
    Room room = roomWithBob();

    awayWhile(() -> asBob(bob -> say(bob, room, "while you were away")));

    awaitMessage("while you were away");
    assertThat(server.socketRequests("sync")).isEqualTo(1);
    assertThat(server.socketRequests("message.history")).isZero();
  }

  @Test
  void morePagesMissedThanOneSyncHoldsAllArriveInOrder() {
    client = signedUp("alice", retriesOnlyWhenAsked());
    Room room = roomWithBob();
    int missed = Limits.SYNC_MAX_PER_ROOM * 2 + 50;
    List<String> said = IntStream.rangeClosed(1, missed).mapToObj(i -> "missed " + i).toList();

    awayWhile(() -> asBob(bob -> said.forEach(text -> say(bob, room, text))));

    awaitMessage(said.getLast());
    assertThat(arrivedContents().stream().filter(c -> c.startsWith("missed ")))
        .containsExactlyElementsOf(said);
    assertThat(server.socketRequests("sync")).as("one request per page").isEqualTo(3);
  }

  @Test
  void aRoomJoinedWhileItWasAwayAppearsWithItsMessages() {
    client = signedUp("alice", retriesOnlyWhenAsked());
    Peer.account(server, "bob");

    awayWhile(
        () ->
            asBob(
                bob -> {
                  Room room =
                      bob.request(
                              id -> new RoomCreate(id, "joined away", RoomVisibility.PUBLIC, null),
                              RoomResult.class)
                          .room();
                  say(bob, room, "welcome");
                  try (Peer aliceElsewhere = Peer.login(server, "alice")) {
                    aliceElsewhere.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
                  }
                }));

    awaitMessage("welcome");
    assertThat(lastRoomsListed()).extracting(Room::name).contains("joined away");
    assertThat(server.socketRequests("sync")).isEqualTo(1);
  }

  @Test
  void anOfflineClientCatchesUpOnAnEditADeleteAReactionAndAPin() {
    client = signedUp("alice", retriesOnlyWhenAsked());
    Room room = roomWithBob();
    Message toEdit = asBobSaying(room, "to edit");
    Message toDelete = asBobSaying(room, "to delete");
    Message toReact = asBobSaying(room, "to react to");
    Message toPin = asBobSaying(room, "to pin");
    client.history(room.roomId(), null, null, 50).join(); // as opening the room does
    String thumbs = "\uD83D\uDC4D";

    awayWhile(
        () -> {
          asBob(
              bob -> {
                bob.request(
                    id -> new MessageEdit(id, room.roomId(), toEdit.messageId(), "edited"),
                    MessageResult.class);
                bob.request(
                    id -> new MessageDelete(id, room.roomId(), toDelete.messageId()),
                    EmptyResult.class);
                bob.request(
                    id -> new ReactionAdd(id, room.roomId(), toReact.messageId(), thumbs),
                    EmptyResult.class);
              });
          try (Peer aliceElsewhere = Peer.login(server, "alice")) {
            aliceElsewhere.request(
                id -> new MessagePin(id, room.roomId(), toPin.messageId()), EmptyResult.class);
          }
        });

    List<Message> onServer =
        client
            .request(
                id -> new MessageHistory(id, room.roomId(), null, null, 50), MessagesResult.class)
            .join()
            .messages();
    Waits.until(
        "the changes caught up", Duration.ofSeconds(20), () -> heldState(room).equals(onServer));
    assertThat(heldState(room))
        .filteredOn(m -> !m.content().equals("before"))
        .extracting(Message::content, Message::deleted)
        .containsExactly(
            tuple("edited", null),
            tuple("", true),
            tuple("to react to", null),
            tuple("to pin", null));
  }

  /**
   * A room's messages as the client's events leave them: each message as it arrived, replaced by
   * each change to it.
   */
  private List<Message> heldState(Room room) {
    Map<String, Message> held = new LinkedHashMap<>();
    for (ClientEvent event : events) {
      switch (event) {
        case MessageArrived m when m.message().roomId().equals(room.roomId()) ->
            held.putIfAbsent(m.message().messageId(), m.message());
        case MessageEdited e when held.containsKey(e.message().messageId()) ->
            held.put(e.message().messageId(), e.message());
        default -> {}
      }
    }
    return List.copyOf(held.values());
  }

  /** Bob says {@code text} in {@code room}; the client has received it. */
  private Message asBobSaying(Room room, String text) {
    asBob(bob -> say(bob, room, text));
    return awaitMessage(text);
  }

  @Test
  void aRevokedSessionEndsAndTheTokenIsForgotten() {
    client = signedUp("alice", fastRetries());

    client.logout().join();

    assertThat(settings.server(server.httpUrl()).orElseThrow().refreshToken()).isNull();
    assertThat(client.statusProperty().get()).isEqualTo(ConnectionStatus.SIGNED_OUT);
    assertThat(client.canResume()).isFalse();
  }

  @Test
  void aDisplayNameChangedOnAnotherDeviceReachesThisSessionAtOnce() {
    client = signedUp("alice", fastRetries());
    Clients.publicRoom(client, "general");
    Peer otherDevice = Peer.login(server, "alice");

    otherDevice.rename("Alice Smith");

    Waits.until(
        "the new name",
        () ->
            client.meProperty().get() != null
                && client.meProperty().get().shownName().equals("Alice Smith"));
    otherDevice.close();
  }

  @Test
  void aSignInIsRememberedAndResumed() {
    client = signedUp("alice", fastRetries());
    client.close();

    client = newClient(fastRetries());
    client.probe(ServerAddress.parse(server.address())).join();
    assertThat(client.canResume()).isTrue();
    assertThat(client.resume().join().username()).isEqualTo("alice");
    Waits.until("connected", () -> client.statusProperty().get().connected());
  }

  @Test
  void aRememberedSignInTheServerRefusesFails() {
    client = signedUp("alice", fastRetries());
    String token = settings.server(server.httpUrl()).orElseThrow().refreshToken();
    client.close();
    settings.remember(server.httpUrl(), "Test chat", "alice", token + "x", 0);

    client = newClient(fastRetries());
    client.probe(ServerAddress.parse(server.address())).join();

    assertThat(client.resume())
        .failsWithin(Duration.ofSeconds(10))
        .withThrowableThat()
        .havingRootCause()
        .isInstanceOf(ApiException.class);
    assertThat(client.canResume()).as("the refused token is forgotten").isFalse();
  }

  @Test
  void aSessionRevokedElsewhereEndsHereAndIsForgotten() {
    client = signedUp("alice", fastRetries());

    Peer.revokeOtherSessions(server, "alice");

    Waits.until("the session ends", () -> events.stream().anyMatch(e -> e instanceof SessionEnded));
    assertThat(client.statusProperty().get()).isEqualTo(ConnectionStatus.SIGNED_OUT);
    assertThat(settings.server(server.httpUrl()).orElseThrow().refreshToken()).isNull();
  }

  @Test
  void anAccessTokenAboutToExpireIsRefreshedBeforeReconnecting() {
    client = signedUp("alice", fastRetries());
    String first = settings.server(server.httpUrl()).orElseThrow().refreshToken();

    clock.advance(Duration.ofMinutes(14).plusSeconds(30));
    server.stop();
    Waits.until("offline", () -> !client.statusProperty().get().connected());
    server.restart();

    Waits.until("connected again", () -> client.statusProperty().get().connected());
    String rotated = settings.server(server.httpUrl()).orElseThrow().refreshToken();
    assertThat(rotated).isNotNull().isNotEqualTo(first);
  }

  private Session signedUp(String username, ReconnectPolicy policy) {
    Session signedUp = newClient(policy);
    signedUp.probe(ServerAddress.parse(server.address())).join();
    signedUp.register(username, "password123").join();
    Waits.until("connected", () -> signedUp.statusProperty().get().connected());
    return signedUp;
  }

  private Session newClient(ReconnectPolicy policy) {
    Session fresh =
        new Session(
            Session::defaultHttp, Runnable::run, policy, settings, dir.resolve("outbox"), clock);
    fresh.addListener(events::add);
    return fresh;
  }

  /** The system clock, moved forward by the test to bring an expiry near. */
  private static final class MovableClock extends Clock {
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

  /** A room of alice's that bob has joined, with one message of his the client has received. */
  private Room roomWithBob() {
    Room room = Clients.publicRoom(client, "general");
    try (Peer bob = Peer.register(server, "bob")) {
      bob.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
      say(bob, room, "before");
      awaitMessage("before");
    }
    return room;
  }

  /** Runs {@code action} as bob, on a socket of his own to the server as it runs now. */
  private void asBob(Consumer<Peer> action) {
    try (Peer bob = Peer.login(server, "bob")) {
      action.accept(bob);
    }
  }

  /** A first retry a minute after a drop: the test says when to come back, with retryNow. */
  private static ReconnectPolicy retriesOnlyWhenAsked() {
    return new ReconnectPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), () -> 0.999);
  }

  /**
   * Takes the client offline (the server restarts), lets {@code meanwhile} happen on the server
   * while the client waits, then has it reconnect.
   */
  private void awayWhile(Runnable meanwhile) {
    server.stop();
    Waits.until("offline", () -> !client.statusProperty().get().connected());
    server.restart();
    meanwhile.run();
    client.retryNow();
    Waits.until("connected again", () -> client.statusProperty().get().connected());
  }

  private static void say(Peer peer, Room room, String text) {
    peer.request(
        id -> new MessageSend(id, room.roomId(), text, "p-" + System.nanoTime()),
        MessageResult.class);
  }

  private List<String> arrivedContents() {
    return events.stream()
        .flatMap(
            e -> e instanceof MessageArrived m ? Stream.of(m.message().content()) : Stream.empty())
        .toList();
  }

  private List<Room> lastRoomsListed() {
    return events.reversed().stream()
        .flatMap(e -> e instanceof RoomsListed l ? Stream.of(l.rooms()) : Stream.empty())
        .findFirst()
        .orElse(List.of());
  }

  private static ReconnectPolicy fastRetries() {
    return new ReconnectPolicy(Duration.ofMillis(100), Duration.ofMillis(500), () -> 0.5);
  }

  private Message awaitMessage(String content) {
    Waits.until(
        "'" + content + "' arrives",
        Duration.ofSeconds(20),
        () ->
            events.stream()
                .anyMatch(
                    e -> e instanceof MessageArrived m && m.message().content().equals(content)));
    return events.stream()
        .flatMap(e -> e instanceof MessageArrived m ? Stream.of(m.message()) : Stream.empty())
        .filter(m -> m.content().equals(content))
        .findFirst()
        .orElseThrow();
  }

  private List<Outbox.Entry> lastOutbox() {
    return events.reversed().stream()
        .flatMap(e -> e instanceof OutboxChanged o ? Stream.of(o.pending()) : Stream.empty())
        .findFirst()
        .orElse(List.of());
  }
}
