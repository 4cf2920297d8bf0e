package chat.client.net;

import static chat.client.net.LiveSession.retriesOnlyWhenAsked;
import static chat.client.net.LiveSession.say;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import chat.client.net.ClientEvent.MessageArrived;
import chat.client.net.ClientEvent.MessageEdited;
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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A session back from being away catches up through sync: messages, rooms and changes. */
class SessionCatchUpTest {

  @RegisterExtension final LiveSession live = new LiveSession();

  @Test
  void aMessageSentWhileItWasAwayArrivesAfterTheReconnectThroughSync() {
    live.signedUp("alice", retriesOnlyWhenAsked());
    Room room = live.roomWithBob();

    live.awayWhile(() -> live.asBob(bob -> say(bob, room, "while you were away")));

    live.awaitMessage("while you were away");
    assertThat(live.server().socketRequests("sync")).isEqualTo(1);
    assertThat(live.server().socketRequests("message.history")).isZero();
  }

  @Test
  void morePagesMissedThanOneSyncHoldsAllArriveInOrder() {
    live.signedUp("alice", retriesOnlyWhenAsked());
    Room room = live.roomWithBob();
    int missed = Limits.SYNC_MAX_PER_ROOM * 2 + 50;
    List<String> said = IntStream.rangeClosed(1, missed).mapToObj(i -> "missed " + i).toList();

    live.awayWhile(() -> live.asBob(bob -> said.forEach(text -> say(bob, room, text))));

    live.awaitMessage(said.getLast());
    assertThat(live.arrivedContents().stream().filter(c -> c.startsWith("missed ")))
        .containsExactlyElementsOf(said);
    assertThat(live.server().socketRequests("sync")).as("one request per page").isEqualTo(3);
  }

  @Test
  void aRoomJoinedWhileItWasAwayAppearsWithItsMessages() {
    live.signedUp("alice", retriesOnlyWhenAsked());
    Peer.account(live.server(), "bob");

    live.awayWhile(
        () ->
            live.asBob(
                bob -> {
                  Room room =
                      bob.request(
                              id -> new RoomCreate(id, "joined away", RoomVisibility.PUBLIC, null),
                              RoomResult.class)
                          .room();
                  say(bob, room, "welcome");
                  try (Peer aliceElsewhere = Peer.login(live.server(), "alice")) {
                    aliceElsewhere.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
                  }
                }));

    live.awaitMessage("welcome");
    assertThat(live.lastRoomsListed()).extracting(Room::name).contains("joined away");
    assertThat(live.server().socketRequests("sync")).isEqualTo(1);
  }

  @Test
  void aMessageQueuedOfflineDoesNotHideWhatOthersSaidOrRepliedWhileAway() {
    Session client = live.signedUp("alice", retriesOnlyWhenAsked());
    Room room = live.roomWithBob();
    Message root = asBobSaying(room, "root");
    client.history(room.roomId(), null, null, 50).join(); // as opening the room does

    live.serverDown();
    client.outgoing().send(room.roomId(), "queued offline");
    live.server().restart();
    live.asBob(
        bob -> {
          say(bob, room, "said while away");
          bob.request(
              id ->
                  MessageSend.reply(
                      id,
                      room.roomId(),
                      "replied while away",
                      "p-" + System.nanoTime(),
                      root.messageId(),
                      false),
              MessageResult.class);
        });
    client.retryNow();

    live.awaitMessage("queued offline");
    live.awaitMessage("said while away");
    live.awaitMessage("replied while away");
  }

  @Test
  void anOfflineClientCatchesUpOnAnEditADeleteAReactionAndAPin() {
    Session client = live.signedUp("alice", retriesOnlyWhenAsked());
    Room room = live.roomWithBob();
    Message toEdit = asBobSaying(room, "to edit");
    Message toDelete = asBobSaying(room, "to delete");
    Message toReact = asBobSaying(room, "to react to");
    Message toPin = asBobSaying(room, "to pin");
    client.history(room.roomId(), null, null, 50).join(); // as opening the room does
    String thumbs = "\uD83D\uDC4D";

    live.awayWhile(
        () -> {
          live.asBob(
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
          try (Peer aliceElsewhere = Peer.login(live.server(), "alice")) {
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
    for (ClientEvent event : live.events()) {
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
    live.asBob(bob -> say(bob, room, text));
    return live.awaitMessage(text);
  }
}
