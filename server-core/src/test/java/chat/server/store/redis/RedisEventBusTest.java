package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.protocol.server.MessageNew;
import chat.protocol.server.TypingEvent;
import chat.server.store.BusEvent;
import chat.server.store.EventBusContract;
import chat.server.store.Storage;
import chat.server.store.StoreException;
import chat.server.support.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisEventBusTest extends EventBusContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }

  private static BlockingQueue<BusEvent> listenTo(Storage node) {
    BlockingQueue<BusEvent> received = new LinkedBlockingQueue<>();
    node.events().subscribe(received::add);
    return received;
  }

  /** Whatever arrives within {@code wait}, once nothing more comes. */
  private static List<BusEvent> drain(BlockingQueue<BusEvent> queue, Duration wait)
      throws InterruptedException {
    List<BusEvent> events = new ArrayList<>();
    BusEvent event;
    while ((event = queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS)) != null) {
      events.add(event);
    }
    return events;
  }

  @Test
  void eachNodeGetsEveryEventOnceItsOwnIncluded() throws Exception {
    BusEvent typing = new BusEvent.Delivery(Set.of("u1", "u2"), new TypingEvent("r1", "u1", true));
    BusEvent revoked = new BusEvent.SessionRevoked("s1");
    try (Storage other = openStorage()) {
      BlockingQueue<BusEvent> onThis = listenTo(storage);
      BlockingQueue<BusEvent> onOther = listenTo(other);

      storage.events().publish(typing);
      other.events().publish(revoked);

      assertThat(drain(onThis, Duration.ofMillis(500))).containsExactlyInAnyOrder(typing, revoked);
      assertThat(drain(onOther, Duration.ofMillis(500))).containsExactlyInAnyOrder(typing, revoked);
    }
  }

  @Test
  void aRoomsMessagesPublishedOutOfOrderReachEveryNodeInTheirOrder() throws Exception {
    try (Storage other = openStorage()) {
      BlockingQueue<BusEvent> onThis = listenTo(storage);
      BlockingQueue<BusEvent> onOther = listenTo(other);
      List<BusEvent> inOrder = List.of(roomMessage(1), roomMessage(2), roomMessage(3));

      storage.events().publish(inOrder.get(0));
      storage.events().publish(inOrder.get(2));
      other.events().publish(inOrder.get(1));

      assertThat(drain(onThis, Duration.ofMillis(500))).isEqualTo(inOrder);
      assertThat(drain(onOther, Duration.ofMillis(500))).isEqualTo(inOrder);
    }
  }

  private static BusEvent roomMessage(long seq) {
    Message message = Message.text("m" + seq, "r1", "u1", "alice", "hi", seq, "c" + seq);
    return new BusEvent.RoomMessage(Set.of("u1", "u2"), new MessageNew(message), seq);
  }

  @Test
  @Tag(RedisServerExtension.STANDALONE_TAG)
  void deliveryResumesAfterRedisRestarts() throws Exception {
    try (Storage other = openStorage()) {
      BlockingQueue<BusEvent> onOther = listenTo(other);

      redis.restart();

      BusEvent received = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      for (int attempt = 0; received == null && System.nanoTime() < deadline; attempt++) {
        try {
          storage.events().publish(new BusEvent.SessionRevoked("attempt " + attempt));
        } catch (StoreException e) {
          // A pooled connection broken by the restart; the next attempt draws a fresh one.
        }
        received = onOther.poll(200, TimeUnit.MILLISECONDS);
      }
      assertThat(received).isNotNull();
      drain(onOther, Duration.ofMillis(300));

      storage.events().publish(new BusEvent.SessionRevoked("after"));
      assertThat(drain(onOther, Duration.ofMillis(500)))
          .containsExactly(new BusEvent.SessionRevoked("after"));
    }
  }
}
