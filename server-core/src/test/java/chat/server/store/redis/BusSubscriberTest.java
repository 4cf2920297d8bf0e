package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.RedisServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.args.ClientType;

@Tag(RedisServerExtension.STANDALONE_TAG)
class BusSubscriberTest {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  private static final Duration HEARTBEAT = Duration.ofMillis(200);

  /** The ids of the connections subscribed to anything, as Redis lists them. */
  private static List<String> subscriberConnections() {
    String clients = redis.onServer(jedis -> jedis.clientList(ClientType.PUBSUB));
    return clients.lines().map(line -> line.split(" ")[0]).toList();
  }

  @Test
  void aConnectionThatFallsSilentIsReplacedAndMessagesFlowAgain() throws Exception {
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    try (Redis connection =
            Redis.connect(
                redis.topology(), Redis.POOL_SIZE, RedisDurability.defaultFor(redis.topology()));
        BusSubscriber subscriber =
            new BusSubscriber(connection, RedisKeys.EVENTS, received::add, HEARTBEAT)) {
      subscriber.start();
      List<String> before = subscriberConnections();

      redis.pause();
      Thread.sleep(HEARTBEAT.multipliedBy(6));
      redis.resume();

      String message = null;
      for (int i = 0; message == null && i < 50; i++) {
        redis.onServer(jedis -> jedis.publish(RedisKeys.EVENTS, "hello"));
        message = received.poll(200, TimeUnit.MILLISECONDS);
      }
      assertThat(message).isEqualTo("hello");
      assertThat(subscriberConnections()).hasSize(1).doesNotContainAnyElementsOf(before);
    }
  }

  @Test
  void aLiveSubscriptionOutlastsManyHeartbeatsAndLosesNothing() throws Exception {
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    try (Redis connection =
            Redis.connect(
                redis.topology(), Redis.POOL_SIZE, RedisDurability.defaultFor(redis.topology()));
        BusSubscriber subscriber =
            new BusSubscriber(connection, RedisKeys.EVENTS, received::add, HEARTBEAT)) {
      subscriber.start();
      List<String> before = subscriberConnections();

      // 10 heartbeat intervals of events, 100 a second.
      for (int i = 0; i < 200; i++) {
        String event = "event " + i;
        redis.onServer(jedis -> jedis.publish(RedisKeys.EVENTS, event));
        Thread.sleep(10);
      }

      List<String> got = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String event = received.poll(2, TimeUnit.SECONDS);
        if (event == null) {
          break;
        }
        got.add(event);
      }
      assertThat(got).hasSize(200).doesNotContain("");
      // The same connections (with Sentinel, the sentinels' own subscriptions among them).
      assertThat(subscriberConnections()).containsExactlyInAnyOrderElementsOf(before);
    }
  }
}
