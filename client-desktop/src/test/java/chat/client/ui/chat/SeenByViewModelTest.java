package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.ClientEvent;
import chat.client.support.LiveRoom;
import chat.client.support.Waits;
import chat.protocol.client.Read;
import chat.protocol.model.Message;
import chat.protocol.server.ReadEvent;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Read receipts both ways between the app's view models and a second client. */
class SeenByViewModelTest {

  @RegisterExtension final LiveRoom live = LiveRoom.aliceAndBob();

  private ChatViewModel chat;
  private SeenByViewModel seenBy;

  @BeforeEach
  void start() {
    chat = new ChatViewModel(live.client(), ZoneOffset.UTC);
    seenBy = new SeenByViewModel(live.client(), chat);
    live.client()
        .addListener(
            event -> {
              if (event instanceof ClientEvent.MessageArrived m) {
                chat.accept(m.message());
              } else if (event instanceof ClientEvent.OutboxChanged o) {
                chat.pendingChanged(o.pending());
              } else if (event instanceof ClientEvent.ReadUpTo r) {
                seenBy.readUpTo(r.roomId(), r.userId(), r.messageId());
              } else if (event instanceof ClientEvent.UserChanged u) {
                seenBy.userChanged(u.user());
              }
            });
  }

  @Test
  void showingTheNewestMessageOfTheOpenRoomTellsTheOthersItWasRead() {
    Message hello = bobSays("hello");

    chat.open(live.room().roomId(), 0);

    ReadEvent read = live.bob().await(f -> f instanceof ReadEvent r ? r : null);
    assertThat(read.userId()).isEqualTo(live.client().me().userId());
    assertThat(read.messageId()).isEqualTo(hello.messageId());
  }

  @Test
  void seenBySitsUnderTheMessageReadAndStaysThereWhenANewerOneComes() {
    chat.open(live.room().roomId(), 0);
    chat.composer().draftProperty().set("hi bob");
    chat.composer().send();
    Message mine = live.bob().received("hi bob");
    Waits.until(
        "shown",
        () ->
            !chat.linesProperty().get().isEmpty()
                && chat.linesProperty().get().getLast().key().equals(mine.messageId()));

    live.bob().request(id -> new Read(id, live.room().roomId(), mine.messageId()), Object.class);
    Waits.until(
        "seen by bob under hi bob",
        () -> seenBy.rows().equals(Map.of(mine.messageId(), "Seen by bob")));

    Message newer = bobSays("and a newer one");
    Waits.until(
        "the newer one shown",
        () -> chat.linesProperty().get().getLast().key().equals(newer.messageId()));
    assertThat(seenBy.rows()).isEqualTo(Map.of(mine.messageId(), "Seen by bob"));
  }

  @Test
  void aRoomOpenedShowsWhatTheOthersReadBeforeItWasOpened() {
    Message hello = bobSays("hello");
    bobSays("and a newer one");
    live.bob().request(id -> new Read(id, live.room().roomId(), hello.messageId()), Object.class);
    ChatViewModel reopened = new ChatViewModel(live.client(), ZoneOffset.UTC);
    SeenByViewModel fresh = new SeenByViewModel(live.client(), reopened);

    reopened.open(live.room().roomId(), 0);

    Waits.until(
        "seen by bob under hello, from the server's cursors",
        () -> fresh.rows().equals(Map.of(hello.messageId(), "Seen by bob")));
  }

  @Test
  void aReconnectAsksForTheCursorsAgainAndTheLineMovesToTheNewerMessage() {
    Message hello = bobSays("hello");
    Message newer = bobSays("and a newer one");
    live.bob().request(id -> new Read(id, live.room().roomId(), hello.messageId()), Object.class);
    ChatViewModel unwired = new ChatViewModel(live.client(), ZoneOffset.UTC);
    SeenByViewModel fresh = new SeenByViewModel(live.client(), unwired);
    unwired.open(live.room().roomId(), 0);
    Waits.until(
        "seen under hello", () -> fresh.rows().equals(Map.of(hello.messageId(), "Seen by bob")));

    live.bob().request(id -> new Read(id, live.room().roomId(), newer.messageId()), Object.class);
    assertThat(fresh.rows()).isEqualTo(Map.of(hello.messageId(), "Seen by bob"));
    fresh.reconnected();

    Waits.until(
        "seen under the newer one only",
        () -> fresh.rows().equals(Map.of(newer.messageId(), "Seen by bob")));
  }

  @Test
  void seenByFollowsAReadersNewDisplayNameAtOnce() {
    chat.open(live.room().roomId(), 0);
    chat.composer().draftProperty().set("hi bob");
    chat.composer().send();
    Message mine = live.bob().received("hi bob");
    live.bob().request(id -> new Read(id, live.room().roomId(), mine.messageId()), Object.class);
    Waits.until("seen by bob", () -> "Seen by bob".equals(seenBy.rows().get(mine.messageId())));

    live.bob().rename("Bob Brown");

    Waits.until(
        "seen by Bob Brown", () -> "Seen by Bob Brown".equals(seenBy.rows().get(mine.messageId())));
  }

  private Message bobSays(String content) {
    return live.bob().say(live.room().roomId(), content);
  }
}
