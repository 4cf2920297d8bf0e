package chat.client.ui.chat;

import chat.client.net.ClientEvent;
import chat.client.support.LiveRoom;
import chat.client.support.Peer;
import chat.client.support.Waits;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.Message;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ChatViewModel} on alice's live client, fed the client's events as the main window feeds
 * it, and bob, who joins the room to send into it. Apart from {@link ChatViewModelTest} so that its
 * tests read as the behaviour they check.
 */
final class LiveChatFeed {

  private final LiveRoom live;
  private final ChatViewModel chat;

  /** The ids of the messages alice's client heard of live (or caught up on), in any room. */
  private final Set<String> heard = ConcurrentHashMap.newKeySet();

  LiveChatFeed(LiveRoom live) {
    this.live = live;
    this.chat = new ChatViewModel(live.client(), ZoneOffset.UTC);
    live.client().addListener(this::feed);
  }

  ChatViewModel chat() {
    return chat;
  }

  private void feed(ClientEvent event) {
    switch (event) {
      case ClientEvent.MessageArrived m -> {
        chat.accept(m.message());
        heard.add(m.message().messageId());
      }
      case ClientEvent.OutboxChanged o -> chat.pendingChanged(o.pending());
      case ClientEvent.MessageEdited e -> chat.changes().changed(e.message());
      case ClientEvent.MessageRemoved r -> chat.changes().removed(r.roomId(), r.messageId());
      case ClientEvent.ReactionsChanged r ->
          chat.changes().reactionsChanged(r.roomId(), r.messageId(), r.reactions());
      case ClientEvent.PinsChanged p -> chat.changes().pinsChanged(p.roomId(), p.pins());
      default -> {}
    }
  }

  /** Bob joins the room and sends "message 1" … "message {@code count}". */
  List<Message> bobSends(int count) {
    List<Message> sent = new ArrayList<>();
    try (Peer bob = Peer.register(live.server(), "bob")) {
      bob.request(id -> new RoomJoin(id, live.room().roomId()), RoomResult.class);
      for (int i = 1; i <= count; i++) {
        String text = "message " + i;
        sent.add(
            bob.request(
                    id -> new MessageSend(id, live.room().roomId(), text, "b-" + text),
                    MessageResult.class)
                .message());
      }
    }
    // The view model takes events on the client's thread and this test reads it on its own: wait
    // until bob's messages have come live too, so that no late arrival changes the rows mid-read.
    Waits.until(
        "alice's client heard bob's messages",
        () -> sent.stream().allMatch(message -> heard.contains(message.messageId())));
    return sent;
  }
}
