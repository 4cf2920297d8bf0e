package chat.client.net;

import static chat.client.net.LiveSession.fastRetries;
import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.Clients;
import chat.client.support.Peer;
import chat.client.support.Waits;
import chat.protocol.Base64Url;
import chat.protocol.client.MessageHistory;
import chat.protocol.client.RoomCreate;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.EncryptedContent;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.MessagesResult;
import chat.protocol.result.RoomResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A session's messages go through its outbox: kept until acknowledged, sent once online. */
class SessionOutboxTest {

  @RegisterExtension final LiveSession live = new LiveSession();

  @Test
  void signsUpConnectsAndSendsThroughTheOutbox() {
    Session client = live.signedUp("alice", ReconnectPolicy.standard());
    Room room = Clients.publicRoom(client, "general");

    client.outgoing().send(room.roomId(), "hello");

    Message delivered = live.awaitMessage("hello");
    assertThat(delivered.senderName()).isEqualTo("alice");
    Waits.until("the outbox is empty", () -> live.lastOutbox().isEmpty());
    assertThat(live.rememberedToken()).isNotNull();
  }

  @Test
  void anEncryptedMessageGoesThroughTheOutboxIntoAnEncryptedRoom() {
    Session client = live.signedUp("alice", ReconnectPolicy.standard());
    Room room =
        client
            .request(
                id -> new RoomCreate(id, "secret", RoomVisibility.PRIVATE, null, true),
                RoomResult.class)
            .join()
            .room();
    EncryptedContent text =
        new EncryptedContent(
            1,
            "alice-desktop-0001",
            Base64Url.encode(new byte[16]),
            0,
            "c2VhbGVk",
            Base64Url.encode(new byte[64]));

    client.outgoing().sendEncrypted(room.roomId(), null, text, List.of());

    Waits.until(
        "the encrypted message",
        () ->
            live.events().stream()
                .anyMatch(
                    event ->
                        event instanceof ClientEvent.MessageArrived arrived
                            && text.equals(arrived.message().encrypted())));
    Waits.until("the outbox is empty", () -> live.lastOutbox().isEmpty());
  }

  @Test
  void aMessageTypedWhileTheServerIsDownIsDeliveredExactlyOnceWhenItIsBack() {
    Room room = typedWhileTheServerIsDown("typed offline");

    live.server().restart();

    live.awaitMessage("typed offline");
    Waits.until("the outbox is empty", () -> live.lastOutbox().isEmpty());
    try (Peer bob = Peer.register(live.server(), "bob")) {
      bob.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
      MessagesResult history =
          bob.request(
              id -> new MessageHistory(id, room.roomId(), null, null, 100), MessagesResult.class);
      assertThat(history.messages()).extracting(Message::content).containsExactly("typed offline");
    }
  }

  @Test
  void theOutboxOutlivesTheClientAndIsSentByTheNextOne() {
    typedWhileTheServerIsDown("survives a restart");
    live.client().close();
    live.server().restart();

    live.probed(fastRetries()).resume().join();

    live.awaitMessage("survives a restart");
    Waits.until("the outbox is empty", () -> live.lastOutbox().isEmpty());
  }

  /**
   * Signs alice up with a room of hers, then stops the server and has her send {@code text} there:
   * it waits in the outbox.
   */
  private Room typedWhileTheServerIsDown(String text) {
    Session client = live.signedUp("alice", fastRetries());
    Room room = Clients.publicRoom(client, "general");
    live.serverDown();
    client.outgoing().send(room.roomId(), text);
    Waits.until("the message is pending", () -> live.lastOutbox().size() == 1);
    return room;
  }
}
