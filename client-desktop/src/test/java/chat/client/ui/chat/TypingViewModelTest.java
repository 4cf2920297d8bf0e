package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.ClientEvent;
import chat.client.support.LiveRoom;
import chat.client.support.MovableClock;
import chat.client.support.Waits;
import chat.protocol.client.Ping;
import chat.protocol.client.Typing;
import chat.protocol.server.TypingEvent;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Typing both ways between the app's view model and a second client, through a real server. */
class TypingViewModelTest {

  @RegisterExtension final LiveRoom live = LiveRoom.aliceAndBob();

  private final MovableClock clock = new MovableClock();
  private TypingViewModel typing;

  @BeforeEach
  void start() {
    typing = new TypingViewModel(live.client(), clock);
    live.client()
        .addListener(
            event -> {
              if (event instanceof ClientEvent.TypingChanged t) {
                typing.typingChanged(t.roomId(), t.userId(), t.active());
              } else if (event instanceof ClientEvent.UserChanged u) {
                typing.userChanged(u.user());
              }
            });
    typing.roomChanged(live.room().roomId());
  }

  @Test
  void anotherMembersTypingShowsTheirNameAndClearsWhenTheyStop() {
    live.bob().request(id -> new Typing(id, live.room().roomId(), true), Object.class);
    Waits.until("bob typing", () -> typing.textProperty().get().equals("bob is typing…"));

    live.bob().request(id -> new Typing(id, live.room().roomId(), false), Object.class);
    Waits.until("bob stopped", () -> typing.textProperty().get().isEmpty());
  }

  @Test
  void aTypistsNewDisplayNameShowsAtOnce() {
    live.bob().request(id -> new Typing(id, live.room().roomId(), true), Object.class);
    Waits.until("bob typing", () -> typing.textProperty().get().equals("bob is typing…"));

    live.bob().rename("Bob Brown");

    Waits.until(
        "Bob Brown typing", () -> typing.textProperty().get().equals("Bob Brown is typing…"));
  }

  @Test
  void aTypingLineClearsByItselfSixSecondsAfterTheLastStart() {
    live.bob().request(id -> new Typing(id, live.room().roomId(), true), Object.class);
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
    typing.typingChanged(live.room().roomId(), live.bob().userId(), true);
    assertThat(typing.textProperty().get()).isEmpty();

    typing.roomChanged(live.room().roomId());
    Waits.until("bob's name", () -> typing.textProperty().get().equals("bob is typing…"));
  }

  @Test
  void theComposerTellsTheOthersAndStopsWhenTheDraftIsCleared() {
    typing.draftChanged("h");
    typing.draftChanged("he");
    typing.draftChanged("hel");
    live.bob().await(f -> f instanceof TypingEvent t && t.active() ? t : null);

    typing.draftChanged("");
    TypingEvent stop = live.bob().await(f -> f instanceof TypingEvent t && !t.active() ? t : null);
    assertThat(stop.userId()).isEqualTo(live.client().me().userId());
  }

  @Test
  void theComposerSaysTypingAtMostOnceASecondAndAgainEachSecondTheDraftKeepsChanging() {
    typing.draftChanged("h");
    typing.draftChanged("he");
    clock.advance(Duration.ofMillis(999));
    typing.draftChanged("hel");
    clock.advance(Duration.ofMillis(1));
    typing.draftChanged("hell");
    assertThat(typingFramesSent()).as("one start per second of typing").isEqualTo(2);

    clock.advance(Duration.ofMillis(500));
    typing.draftChanged("hello");
    clock.advance(Duration.ofMillis(500));
    typing.draftChanged("hello!");
    assertThat(typingFramesSent()).isEqualTo(3);
  }

  @Test
  void sendingTheDraftTellsTheOthersTypingStopped() {
    ChatViewModel chat = new ChatViewModel(live.client(), ZoneOffset.UTC);
    chat.open(live.room().roomId(), 0);
    // As the main window wires them.
    chat.composer().draftProperty().addListener((obs, old, now) -> typing.draftChanged(now));
    chat.composer().draftProperty().set("hello");
    live.bob().await(f -> f instanceof TypingEvent t && t.active() ? t : null);

    chat.composer().send();

    TypingEvent stop = live.bob().await(f -> f instanceof TypingEvent t && !t.active() ? t : null);
    assertThat(stop.userId()).isEqualTo(live.client().me().userId());
    assertThat(stop.roomId()).isEqualTo(live.room().roomId());
  }

  /** The typing frames the server has had from alice's client, all of them sent until now. */
  private long typingFramesSent() {
    // The server answers one socket's frames in order: once the ping is answered, every frame sent
    // before it has been counted.
    live.client().request(Ping::new, Object.class).join();
    return live.server().socketRequests("typing");
  }
}
