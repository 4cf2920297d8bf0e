package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.ClientEvent;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.client.support.Waits;
import chat.protocol.client.MessageSend;
import chat.protocol.client.Read;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import chat.protocol.server.MessageNew;
import chat.protocol.server.ReadEvent;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read receipts both ways between the app's view models and a second client. */
class SeenByViewModelTest {

  @TempDir Path dir;
  private LiveServer server;
  private Session client;
  private Peer bob;
  private Room room;
  private ChatViewModel chat;
  private SeenByViewModel seenBy;

  @BeforeEach
  void start() {
    server = LiveServer.start(dir.resolve("server"));
    client = Clients.signedUp(server, dir.resolve("app"), "alice");
    room = Clients.publicRoom(client, "general");
    bob = Peer.register(server, "bob");
    bob.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
    chat = new ChatViewModel(client, ZoneOffset.UTC);
    seenBy = new SeenByViewModel(client, chat);
    client.addListener(
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

  @AfterEach
  void stop() {
    bob.close();
    client.close();
    server.close();
  }

  @Test
  void showingTheNewestMessageOfTheOpenRoomTellsTheOthersItWasRead() {
    Message hello = bobSays("hello");

    chat.open(room.roomId(), 0);

    ReadEvent read = bob.await(f -> f instanceof ReadEvent r ? r : null);
    assertThat(read.userId()).isEqualTo(client.me().userId());
    assertThat(read.messageId()).isEqualTo(hello.messageId());
  }

  @Test
  void seenByNamesWhoReadTheNewestMessageAndClearsWhenANewerOneComes() {
    chat.open(room.roomId(), 0);
    chat.composer().draftProperty().set("hi bob");
    chat.composer().send();
    Message mine =
        bob.await(
            f ->
                f instanceof MessageNew m && m.message().content().equals("hi bob")
                    ? m.message()
                    : null);
    Waits.until("shown", () -> chat.linesProperty().get().getLast().key().equals(mine.messageId()));

    bob.request(id -> new Read(id, room.roomId(), mine.messageId()), Object.class);
    Waits.until("seen by bob", () -> seenBy.textProperty().get().equals("Seen by bob"));

    bobSays("and a newer one");
    Waits.until("not seen yet", () -> seenBy.textProperty().get().isEmpty());
  }

  @Test
  void seenByFollowsAReadersNewDisplayNameAtOnce() {
    chat.open(room.roomId(), 0);
    chat.composer().draftProperty().set("hi bob");
    chat.composer().send();
    Message mine =
        bob.await(
            f ->
                f instanceof MessageNew m && m.message().content().equals("hi bob")
                    ? m.message()
                    : null);
    bob.request(id -> new Read(id, room.roomId(), mine.messageId()), Object.class);
    Waits.until("seen by bob", () -> seenBy.textProperty().get().equals("Seen by bob"));

    bob.rename("Bob Brown");

    Waits.until("seen by Bob Brown", () -> seenBy.textProperty().get().equals("Seen by Bob Brown"));
  }

  private Message bobSays(String content) {
    return bob.request(
            id -> new MessageSend(id, room.roomId(), content, "b-" + content.hashCode()),
            MessageResult.class)
        .message();
  }
}
