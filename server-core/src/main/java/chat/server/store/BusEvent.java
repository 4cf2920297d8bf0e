package chat.server.store;

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

  /** The session was revoked: close its open sockets. */
  record SessionRevoked(String sessionId) implements BusEvent {}
}
