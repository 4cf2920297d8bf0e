package chat.server.store.redis;

import chat.server.store.StoreException;
import java.time.Duration;
import java.util.BitSet;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.HostAndPort;

/**
 * On a Redis Cluster, this node's subscriptions to the events of rooms: a {@link ShardSubscriber}
 * per primary, listening to the {@linkplain ShardChannels channel} of each slot it serves, kept in
 * line with the cluster's map of slots (decision record 0019).
 *
 * <p>One virtual thread keeps them. At each round it reads the map of slots ({@code CLUSTER
 * SHARDS}) and makes a subscription for each primary that has none, or whose slots changed, or
 * whose subscription ended (its connection failed, or Redis unsubscribed it when a slot moved or a
 * failover demoted its primary). A round comes every heartbeat interval; sooner, once a backoff of
 * {@link ResubscribeBackoff#MIN} doubling up to {@link ResubscribeBackoff#MAX}, while a
 * subscription is missing or not yet confirmed, or when one ends. So after a shard's failover its
 * channels are heard again on the promoted replica soon after the cluster names it. Events
 * published on a shard while its subscription was down are not heard; clients fill such a gap with
 * {@code sync}.
 *
 * <p><b>Heartbeats.</b> A subscribed connection reads with no timeout, so one that died silently
 * would go unnoticed: every interval, the node publishes an empty message on one channel of each
 * primary (its first slot's), which every node's subscription to that primary hears, and a
 * subscription that heard nothing for three intervals (not even its confirmation) is closed and
 * made again.
 */
final class ShardedSubscriptions implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ShardedSubscriptions.class);

  private static final Duration SUBSCRIBE_WAIT = Redis.TIMEOUT.multipliedBy(2);

  private final Redis redis;
  private final Consumer<String> onMessage;
  private final Duration heartbeatInterval;
  private final Duration silenceLimit;

  /** A permit for each subscription that ended: the keeper's next round comes sooner. */
  private final Semaphore ended = new Semaphore(0);

  /** Changed by the keeper's thread only; {@link #close} ends them once that has stopped. */
  private final Map<HostAndPort, ShardSubscriber> subscribers = new ConcurrentHashMap<>();

  /** Counted down the first time every slot has a confirmed subscription. */
  private final CountDownLatch everySlotHeard = new CountDownLatch(1);

  private Thread keeper;
  private volatile boolean closed;

  ShardedSubscriptions(Redis redis, Consumer<String> onMessage, Duration heartbeatInterval) {
    this.redis = redis;
    this.onMessage = onMessage;
    this.heartbeatInterval = heartbeatInterval;
    this.silenceLimit = heartbeatInterval.multipliedBy(3);
  }

  /**
   * Starts subscribing unless already started, and waits (boundedly) until every slot is heard, so
   * that events published after this returns reach this node.
   */
  void start() {
    synchronized (this) {
      if (keeper == null && !closed) {
        keeper = Thread.ofVirtual().name("redis-shard-subscriptions").start(this::keepUntilClosed);
      }
    }
    try {
      if (!everySlotHeard.await(SUBSCRIBE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn(
            "Not subscribed to every Redis shard's events yet; they reach this node once it is");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void keepUntilClosed() {
    Duration backoff = ResubscribeBackoff.MIN;
    long lastBeat = System.nanoTime();
    while (!closed) {
      boolean whole = subscribeWhereMissing();
      if (whole) {
        everySlotHeard.countDown();
      }
      if (System.nanoTime() - lastBeat >= heartbeatInterval.toNanos()) {
        lastBeat = System.nanoTime();
        beat();
      }
      Duration wait = whole ? heartbeatInterval : backoff;
      backoff = whole ? ResubscribeBackoff.MIN : ResubscribeBackoff.after(backoff);
      try {
        if (ended.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
          ended.drainPermits();
          Thread.sleep(backoff);
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * Makes a subscription for each primary of the current map that lacks a live one, and ends those
   * of nodes no longer primaries and those that heard nothing for too long (a connection that died
   * silently, or a primary that never confirmed). True if every primary already had a confirmed
   * subscription to its slots and every slot has a primary.
   */
  private boolean subscribeWhereMissing() {
    Map<HostAndPort, BitSet> primaries;
    try {
      primaries = redis.slotsOfEachPrimary();
    } catch (StoreException e) {
      log.warn("Cannot read the Redis Cluster's map of slots ({})", e.getMessage());
      return false;
    }
    boolean whole = servesEverySlot(primaries);
    for (Iterator<ShardSubscriber> it = subscribers.values().iterator(); it.hasNext(); ) {
      ShardSubscriber subscriber = it.next();
      BitSet slots = primaries.get(subscriber.primary());
      boolean silent = System.nanoTime() - subscriber.lastHeardNanos() > silenceLimit.toNanos();
      if (silent) {
        log.warn("Redis shard subscription to {} silent; reconnecting", subscriber.primary());
      }
      if (slots == null || !subscriber.serves(slots) || silent) {
        subscriber.close();
        it.remove();
      }
    }
    for (Map.Entry<HostAndPort, BitSet> primary : primaries.entrySet()) {
      ShardSubscriber subscriber = subscribers.get(primary.getKey());
      if (subscriber == null) {
        subscribers.put(
            primary.getKey(),
            new ShardSubscriber(
                redis, primary.getKey(), primary.getValue(), onMessage, ended::release));
        whole = false;
      } else if (!subscriber.isLive()) {
        whole = false;
      }
    }
    return whole;
  }

  private static boolean servesEverySlot(Map<HostAndPort, BitSet> primaries) {
    BitSet all = new BitSet(RedisNodes.SLOTS);
    primaries.values().forEach(all::or);
    return all.cardinality() == RedisNodes.SLOTS;
  }

  /** Publishes a heartbeat on the primary of each live subscription. */
  private void beat() {
    for (ShardSubscriber subscriber : subscribers.values()) {
      if (subscriber.isLive()) {
        String channel = subscriber.heartbeatChannel();
        // On a thread of its own: a publish blocked on an unreachable primary must not stall the
        // other shards' subscriptions.
        Thread.ofVirtual()
            .name("redis-shard-heartbeat-publish")
            .start(() -> publishHeartbeat(channel));
      }
    }
  }

  private void publishHeartbeat(String channel) {
    try {
      redis.publishToShard("publish heartbeat", channel, "");
    } catch (StoreException e) {
      // The primary is unreachable; the silence ends its subscription and it is made again.
    }
  }

  /** Ends every subscription, waiting (boundedly) for messages being handed on to finish. */
  @Override
  public void close() {
    Thread started;
    synchronized (this) {
      closed = true;
      started = keeper;
    }
    if (started == null) {
      return;
    }
    started.interrupt();
    try {
      started.join(Redis.TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    subscribers.values().forEach(ShardSubscriber::close);
  }
}
