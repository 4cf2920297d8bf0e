package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventBus} must do. Delivery may be asynchronous (across nodes it is), so
 * listeners collect into queues and the tests wait for them.
 */
public abstract class EventBusContract extends StorageContract {

  private EventBus bus() {
    return storage.events();
  }

  private BlockingQueue<BusEvent> subscribedQueue() {
    BlockingQueue<BusEvent> received = new LinkedBlockingQueue<>();
    bus().subscribe(received::add);
    return received;
  }

  private static BusEvent next(BlockingQueue<BusEvent> received) throws InterruptedException {
    return received.poll(5, TimeUnit.SECONDS);
  }

  @Test
  void everySubscriberReceivesEachPublishedEvent() throws Exception {
    BlockingQueue<BusEvent> first = subscribedQueue();
    BlockingQueue<BusEvent> second = subscribedQueue();
    BusEvent event = new BusEvent.SessionRevoked("s1");

    bus().publish(event);

    assertThat(next(first)).isEqualTo(event);
    assertThat(next(second)).isEqualTo(event);
  }

  @Test
  void aThrowingListenerDoesNotStopTheNext() throws Exception {
    bus()
        .subscribe(
            event -> {
              throw new IllegalStateException("a listener failed on purpose");
            });
    BlockingQueue<BusEvent> received = subscribedQueue();

    bus().publish(new BusEvent.SessionRevoked("s1"));
    bus().publish(new BusEvent.SessionRevoked("s2"));

    assertThat(next(received)).isEqualTo(new BusEvent.SessionRevoked("s1"));
    assertThat(next(received)).isEqualTo(new BusEvent.SessionRevoked("s2"));
  }
}
