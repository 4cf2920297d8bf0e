package chat.server.store;

import chat.protocol.server.MessageNew;
import chat.protocol.server.ServerFrame;
import java.util.Set;

/** What one node tells every node (itself included) through the {@link EventBus}. */
public sealed interface BusEvent {

  /** Deliver {@code frame} to every open socket of each of {@code userIds}. */
  record Delivery(Set<String> userIds, ServerFrame frame) implements BusEvent {
    public Delivery {
      userIds = Set.copyOf(userIds);
    }
  }

  /**
   * Deliver a room's new message to every open socket of each of {@code userIds}, like a {@link
   * Delivery}. {@code seq} is the message's place in the room's order ({@link AppendResult#seq()}):
   * a bus whose events can overtake one another (nodes publishing side by side) uses it to hand
   * each room's messages to its listeners in that order.
   */
  record RoomMessage(Set<String> userIds, MessageNew frame, long seq) implements BusEvent {
    public RoomMessage {
      userIds = Set.copyOf(userIds);
    }

    public String roomId() {
      return frame.message().roomId();
    }
  }

  /** Deliver {@code frame} to every open socket of the session {@code sessionId}. */
  record SessionDelivery(String sessionId, ServerFrame frame) implements BusEvent {}

  /** The session was revoked: close its open sockets. */
  record SessionRevoked(String sessionId) implements BusEvent {}
}
