package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.ClientEvent;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.MovableClock;
import chat.client.support.Peer;
import chat.client.support.Waits;
import chat.protocol.client.RoomJoin;
import chat.protocol.client.Typing;
import chat.protocol.model.Room;
import chat.protocol.result.RoomResult;
import chat.protocol.server.TypingEvent;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typing both ways between the app's view model and a second client, through a real server. */
class TypingViewModelTest {

  @TempDir Path dir;
  private final MovableClock clock = new MovableClock();
  private LiveServer server;
  private Session client;
  private Peer bob;
  private Room room;
  private TypingViewModel typing;

  @BeforeEach
  void start() {
    server = LiveServer.start(dir.resolve("server"));
    client = Clients.signedUp(server, dir.resolve("app"), "alice");
    room = Clients.publicRoom(client, "general");
    bob = Peer.register(server, "bob");
    bob.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
    typing = new TypingViewModel(client, clock);
    client.addListener(
        event -> {
          if (event instanceof ClientEvent.TypingChanged t) {
            typing.typingChanged(t.roomId(), t.userId(), t.active());
          } else if (event instanceof ClientEvent.UserChanged u) {
            typing.userChanged(u.user());
          }
        });
    typing.roomChanged(room.roomId());
  }

  @AfterEach
  void stop() {
    bob.close();
    client.close();
    server.close();
  }

  @Test
  void anotherMembersTypingShowsTheirNameAndClearsWhenTheyStop() {
    bob.request(id -> new Typing(id, room.roomId(), true), Object.class);
    Waits.until("bob typing", () -> typing.textProperty().get().equals("bob is typing…"));

    bob.request(id -> new Typing(id, room.roomId(), false), Object.class);
    Waits.until("bob stopped", () -> typing.textProperty().get().isEmpty());
  }

  @Test
  void aTypistsNewDisplayNameShowsAtOnce() {
    bob.request(id -> new Typing(id, room.roomId(), true), Object.class);
    Waits.until("bob typing", () -> typing.textProperty().get().equals("bob is typing…"));

    bob.rename("Bob Brown");

    Waits.until(
        "Bob Brown typing", () -> typing.textProperty().get().equals("Bob Brown is typing…"));
  }

  @Test
  void aTypingLineClearsByItselfSixSecondsAfterTheLastStart() {
    bob.request(id -> new Typing(id, room.roomId(), true), Object.class);
    Waits.until("bob typing", () -> typing.textProperty().get().equals("bob is typing…"));

    clock.advance(Duration.ofSeconds(5));
    typing.tick();
    assertThat(typing.textProperty().get()).isEqualTo("bob is typing…");
    clock.advance(Duration.ofMillis(1001));
    typing.tick();
    assertThat(typing.textProperty().get()).isEmpty();
  }

  @Test
  void typingInAnotherRoomDoesNotShowInTheOpenOne() {
    typing.roomChanged("another-room");
    typing.typingChanged(room.roomId(), bob.userId(), true);
    assertThat(typing.textProperty().get()).isEmpty();

    typing.roomChanged(room.roomId());
    Waits.until("bob's name", () -> typing.textProperty().get().equals("bob is typing…"));
  }

  @Test
  void theComposerTellsTheOthersAndStopsWhenTheDraftIsCleared() {
    typing.draftChanged("h");
    typing.draftChanged("he");
    typing.draftChanged("hel");
    bob.await(f -> f instanceof TypingEvent t && t.active() ? t : null);

    typing.draftChanged("");
    TypingEvent stop = bob.await(f -> f instanceof TypingEvent t && !t.active() ? t : null);
    assertThat(stop.userId()).isEqualTo(client.me().userId());
  }
}
