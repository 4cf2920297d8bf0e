package chat.server.store.embedded;

import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bus of a single node: {@link #publish} calls every listener on the publisher's thread, so an
 * event has reached every local listener when it returns. Listeners must therefore be quick (hand
 * slow work to their own executor). One failing listener is logged and skipped; it must not cost
 * the others their events.
 */
final class InProcessEventBus implements EventBus {

  private static final Logger log = LoggerFactory.getLogger(InProcessEventBus.class);

  /** Subscriptions are rare and publishes constant: iteration must never lock or copy. */
  private final List<Consumer<BusEvent>> listeners = new CopyOnWriteArrayList<>();

  @Override
  public void publish(BusEvent event) {
    for (Consumer<BusEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        log.error("A bus listener failed on {}", event.getClass().getSimpleName(), e);
      }
    }
  }

  @Override
  public void subscribe(Consumer<BusEvent> listener) {
    listeners.add(listener);
  }
}
