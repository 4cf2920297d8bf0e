package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.model.Message;
import chat.protocol.model.RoomVisibility;
import chat.protocol.server.TypingEvent;
import chat.server.store.BusEvent;
import chat.server.store.NewMessage;
import chat.server.store.Storage;
import chat.server.store.StorageContract;
import chat.server.store.StoreException;
import chat.server.support.RedisServer;
import chat.server.support.RedisServerExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * What only a Redis Cluster shows (run with {@code -Dchat.test.redis=cluster}, as the build's
 * {@code cluster} execution does, beside every other Redis store test): Redis refuses a script or a
 * transaction whose keys cross slots, so the suite passing on a cluster shows that none of the
 * adapter's does; an acknowledged write waits for the replica of its own room's shard; a shard's
 * failover loses nothing acknowledged; and the startup check reads every primary.
 */
@EnabledIfSystemProperty(named = RedisServerExtension.DEPLOYMENT, matches = "cluster")
class RedisClusterTest extends StorageContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  private static final RedisDurability ONE_REPLICA =
      new RedisDurability(1, Duration.ofSeconds(2), false);

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(
        redis.topology(),
        Redis.POOL_SIZE,
        PresenceSettings.DEFAULTS,
        ONE_REPLICA,
        Clock.systemUTC());
  }

  /** Two room ids whose keys lie in different slots. */
  private static List<String> roomsInTwoSlots() {
    int first = JedisClusterCRC16.getSlot(RedisKeys.roomInfo("r1"));
    for (int i = 2; ; i++) {
      if (JedisClusterCRC16.getSlot(RedisKeys.roomInfo("r" + i)) != first) {
        return List.of("r1", "r" + i);
      }
    }
  }

  @Test
  void aScriptWhoseKeysCrossSlotsFailsOnACluster() {
    List<String> rooms = roomsInTwoSlots();
    try (Redis connection = Redis.connect(redis.topology(), 4, RedisDurability.STRICT)) {
      LuaScript script = LuaScript.load("hash-compare-and-set.lua");

      assertThatThrownBy(
              () ->
                  script.run(
                      connection,
                      List.of(
                          RedisKeys.roomInfo(rooms.getFirst()),
                          RedisKeys.roomInfo(rooms.getLast())),
                      List.of("name", "x", "name", "y")))
          .isInstanceOf(StoreException.class);
    }
  }

  @Test
  void aTransactionWhoseKeysCrossSlotsFailsAndWritesNothing() {
    List<String> rooms = roomsInTwoSlots();
    String one = RedisKeys.roomSeq(rooms.getFirst());
    String other = RedisKeys.roomSeq(rooms.getLast());
    try (Redis connection = Redis.connect(redis.topology(), 4, RedisDurability.STRICT)) {
      assertThatThrownBy(
              () ->
                  connection.atomically(
                      "cross slots",
                      one,
                      transaction -> {
                        transaction.set(one, "1");
                        transaction.set(other, "1");
                      }))
          .isInstanceOf(StoreException.class);
    }
    assertThat(redis.keys()).doesNotContain(one, other);
  }

  @Test
  void anAcknowledgedSendIsOnTheReplicaOfItsRoomsShardWhenTheAckArrives() {
    String carol = user("carol");
    room("r1", "One", RoomVisibility.PRIVATE, 1_000, carol);

    storage.messages().append(new NewMessage("r1", carol, "Carol", "hello", "c-1", 2_000));

    RedisServer replica = redis.cluster().replicaOf(RedisKeys.roomLog("r1"));
    long onReplica =
        replica.call(
            jedis -> {
              jedis.readonly();
              return jedis.xlen(RedisKeys.roomLog("r1"));
            });
    assertThat(onReplica).isEqualTo(1);
    assertThat(JedisClusterCRC16.getSlot(RedisKeys.ackProbe(RedisKeys.roomLog("r1"))))
        .isEqualTo(JedisClusterCRC16.getSlot(RedisKeys.roomLog("r1")));
  }

  @Test
  void aShardFailoverLosesNoAcknowledgedMessageAndWritesGoOnOnTheNewPrimary() throws Exception {
    String carol = user("carol");
    room("r1", "One", RoomVisibility.PRIVATE, 1_000, carol);
    storage.messages().append(new NewMessage("r1", carol, "Carol", "before", "c-1", 2_000));
    RedisServer oldPrimary = redis.cluster().primaryOf(RedisKeys.roomLog("r1"));

    redis.cluster().failOver(RedisKeys.roomLog("r1"));

    assertThat(redis.cluster().primaryOf(RedisKeys.roomLog("r1"))).isNotSameAs(oldPrimary);
    storage.messages().append(new NewMessage("r1", carol, "Carol", "after", "c-2", 3_000));
    assertThat(storage.messages().newest("r1", 10).messages())
        .extracting(Message::content)
        .containsExactly("before", "after");
    assertThat(storage.isReachable()).isTrue();
  }

  @Test
  void oneNodesEventsReachAnotherNodeInTheOrderItPublishedThem() throws Exception {
    try (Storage other = openStorage()) {
      BlockingQueue<BusEvent> received = new LinkedBlockingQueue<>();
      other.events().subscribe(received::add);
      List<BusEvent> sent = new ArrayList<>();

      for (int i = 0; i < 300; i++) {
        BusEvent event = new BusEvent.SessionRevoked("s-" + i);
        sent.add(event);
        storage.events().publish(event);
      }

      assertThat(received(received, sent.size())).isEqualTo(sent);
    }
  }

  @Test
  void theEventSubscriptionMovesToAnotherNodeWhenItsClusterNodeDies() throws Exception {
    BlockingQueue<BusEvent> received = new LinkedBlockingQueue<>();
    storage.events().subscribe(received::add);
    RedisServer subscribedTo = redis.cluster().subscribedBy("chat-server");

    subscribedTo.kill();
    try {
      BusEvent heard = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      for (int i = 0; heard == null && System.nanoTime() < deadline; i++) {
        try {
          storage.events().publish(new BusEvent.SessionRevoked("s-" + i));
        } catch (StoreException e) {
          // The channel's node died with the other: the failover is under way.
        }
        heard = received.poll(200, TimeUnit.MILLISECONDS);
      }
      assertThat(heard).isInstanceOf(BusEvent.SessionRevoked.class);
      assertThat(redis.cluster().subscribedBy("chat-server")).isNotSameAs(subscribedTo);
    } finally {
      redis.cluster().revive(subscribedTo);
    }
  }

  /**
   * A classic PUBLISH crosses every node of the cluster; a room's event goes on its shard channel
   * and crosses only the room's shard: the nodes of the other shards receive none (a heartbeat or
   * two aside).
   */
  @Test
  void aRoomsEventsCrossOnlyTheShardThatOwnsTheRoom() throws Exception {
    String roomKey = RedisKeys.roomInfo("r1");
    RedisServer primary = redis.cluster().primaryOf(roomKey);
    RedisServer replica = redis.cluster().replicaOf(roomKey);
    List<RedisServer> otherShards =
        redis.cluster().nodes().stream().filter(n -> n != primary && n != replica).toList();
    try (Storage other = openStorage()) {
      BlockingQueue<BusEvent> received = new LinkedBlockingQueue<>();
      other.events().subscribe(received::add);
      Map<RedisServer, Long> before = publishesReceivedByEach();

      List<BusEvent> sent = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        BusEvent typing =
            new BusEvent.Delivery(Set.of("u" + i), new TypingEvent("r1", "u" + i, true));
        sent.add(typing);
        storage.events().publish(typing);
      }

      assertThat(received(received, sent.size())).isEqualTo(sent);
      // The replica hears them over the cluster bus, after the subscribers.
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (publishesReceivedByEach().get(replica) - before.get(replica) < sent.size()
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Map<RedisServer, Long> after = publishesReceivedByEach();
      assertThat(after.get(replica) - before.get(replica)).isGreaterThanOrEqualTo(sent.size());
      for (RedisServer node : otherShards) {
        assertThat(after.get(node) - before.get(node)).as("publishes received").isLessThan(20);
      }
    }
  }

  /**
   * When a shard fails over, Redis unsubscribes the old primary's shard channels; the node
   * subscribes again on the promoted replica, and hears the room's events from there.
   */
  @Test
  void aRoomsEventsAreHeardAgainOnceItsShardHasFailedOver() throws Exception {
    BlockingQueue<BusEvent> received = new LinkedBlockingQueue<>();
    storage.events().subscribe(received::add);

    redis.cluster().failOver(RedisKeys.roomInfo("r1"));

    BusEvent heard = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    for (int i = 0; heard == null && System.nanoTime() < deadline; i++) {
      storage
          .events()
          .publish(new BusEvent.Delivery(Set.of("u1"), new TypingEvent("r1", "u1", i % 2 == 0)));
      heard = received.poll(200, TimeUnit.MILLISECONDS);
    }
    assertThat(heard).as("an event of the room after the failover").isNotNull();
    Thread.sleep(200);
    received.clear();
    List<BusEvent> sent = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      BusEvent typing =
          new BusEvent.Delivery(Set.of("u" + i), new TypingEvent("r1", "u" + i, true));
      sent.add(typing);
      storage.events().publish(typing);
    }
    assertThat(received(received, sent.size())).isEqualTo(sent);
  }

  /** Up to {@code count} events, each awaited for at most five seconds. */
  private static List<BusEvent> received(BlockingQueue<BusEvent> queue, int count)
      throws InterruptedException {
    List<BusEvent> got = new ArrayList<>();
    for (BusEvent event = queue.poll(5, TimeUnit.SECONDS);
        event != null && got.add(event) && got.size() < count;
        event = queue.poll(5, TimeUnit.SECONDS)) {}
    return got;
  }

  /** How many pub/sub messages, classic and sharded, each node has received from the others. */
  private static Map<RedisServer, Long> publishesReceivedByEach() {
    Map<RedisServer, Long> received = new HashMap<>();
    for (RedisServer node : redis.cluster().nodes()) {
      String info = node.call(Jedis::clusterInfo);
      received.put(
          node,
          statOf(info, "cluster_stats_messages_publish_received")
              + statOf(info, "cluster_stats_messages_publishshard_received"));
    }
    return received;
  }

  private static long statOf(String clusterInfo, String name) {
    return clusterInfo
        .lines()
        .filter(line -> line.startsWith(name + ":"))
        .mapToLong(line -> Long.parseLong(line.substring(name.length() + 1).strip()))
        .sum();
  }

  @Test
  void isReachableUntilClosed() {
    assertThat(storage.isReachable()).isTrue();

    storage.close();

    assertThat(storage.isReachable()).isFalse();
    storage = openStorage();
  }

  @Test
  void aShardLostWithItsReplicaMakesTheStoreUnreachableWhileTheOtherShardsAreWell()
      throws Exception {
    String otherShardsKey = RedisKeys.WRITE_PROBE;
    String lostKey = RedisKeys.roomLog("r1");
    for (int i = 2;
        redis.cluster().primaryOf(lostKey) == redis.cluster().primaryOf(otherShardsKey);
        i++) {
      lostKey = RedisKeys.roomLog("r" + i);
    }
    RedisServer primary = redis.cluster().primaryOf(lostKey);
    RedisServer replica = redis.cluster().replicaOf(lostKey);

    replica.kill();
    primary.kill();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (storage.isReachable() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(storage.isReachable()).isFalse();
    } finally {
      redis.cluster().revive(primary, replica);
    }
    assertThat(storage.isReachable()).isTrue();
  }

  @Test
  void openingWithoutReplicasToWaitForRefusesAClusterWithOnePrimaryThatDoesNotFsyncEveryWrite() {
    RedisServer primary = redis.cluster().primaryOf(RedisKeys.roomLog("r1"));
    primary.call(jedis -> jedis.configSet("appendfsync", "everysec"));
    try {
      assertThatThrownBy(
              () ->
                  RedisStorage.open(
                      redis.topology(),
                      Redis.POOL_SIZE,
                      PresenceSettings.DEFAULTS,
                      RedisDurability.STRICT,
                      Clock.systemUTC()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("appendfsync is not always");
    } finally {
      primary.call(jedis -> jedis.configSet("appendfsync", "always"));
    }
    RedisStorage.open(redis.topology()).close();
  }
}
