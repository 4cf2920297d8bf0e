package chat.server.store;

import java.util.function.Consumer;

/**
 * Fan-out to every node. Embedded, it is a call within this process; on Redis, pub/sub. Each node
 * delivers what it receives to its own sockets.
 */
public interface EventBus {

  void publish(BusEvent event);

  /** Registers a listener for every event published on any node, this one included. */
  void subscribe(Consumer<BusEvent> listener);
}
