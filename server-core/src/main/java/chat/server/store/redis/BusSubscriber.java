package chat.server.store.redis;

import chat.server.store.StoreException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

/**
 * This node's subscription to one channel of events ({@link RedisKeys#EVENTS} or {@link
 * RedisKeys#CONTROL}). SUBSCRIBE blocks the thread that reads the connection for as long as the
 * subscription lasts, so it gets a thread of its own and a connection of its own, outside the pool
 * (it would hold a pooled one for ever).
 *
 * <p><b>Staying subscribed.</b> When the connection fails (Redis restarted, network lost) the
 * thread subscribes again on a new connection, waiting {@link ResubscribeBackoff#MIN} doubling up
 * to {@link ResubscribeBackoff#MAX} between failed attempts. A subscribed connection reads with no
 * timeout, so a connection that died silently (a half-open TCP connection reports nothing) would go
 * unnoticed: every heartbeat interval ({@link #HEARTBEAT} in service) the node publishes a
 * heartbeat on {@link RedisKeys#HEARTBEATS}, which the subscription also listens to, and when
 * nothing at all has come in for three intervals the connection is closed, which ends the blocked
 * read and resubscribes. (Not a PING down the subscribed connection: Jedis registers the PING's
 * reply handler only after flushing the command, so a reply that comes back first ends the
 * subscription with "Unexpected message : PONG"; under load the load benchmark saw that every few
 * seconds, and lost the events of each resubscription's gap.)
 *
 * <p><b>Following the primary.</b> Each attempt connects to {@link Redis#address}: the one Redis;
 * with Sentinel, where the sentinels last said the primary is; on a Redis Cluster, the next node
 * the cluster client knows, so a subscription whose node died moves to another (any node hears
 * every classic PUBLISH). When Sentinel promotes a replica, the old primary's connection fails (or
 * its sentinels close it when they demote it), and the next attempt goes to the new one; a retry
 * waiting out its backoff goes at once when the primary moves, and the heartbeat closes a
 * subscription whose node is no longer the primary, so that a subscriber never stays on a demoted
 * node (decision record 0017).
 *
 * <p>Pub/sub keeps nothing for a subscriber that is away: events published between a connection's
 * loss and the next subscription do not reach this node.
 */
final class BusSubscriber implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BusSubscriber.class);

  /** How often the subscribed connection is pinged, in service. */
  static final Duration HEARTBEAT = Duration.ofSeconds(5);

  private static final Duration SUBSCRIBE_WAIT = Redis.TIMEOUT.multipliedBy(2);

  private final Redis redis;
  private final String channel;
  private final Consumer<String> onMessage;
  private final Duration heartbeatInterval;
  private final Duration silenceLimit;
  private final CountDownLatch firstSubscription = new CountDownLatch(1);
  private Thread reader;
  private Thread heartbeat;
  private volatile boolean closed;

  /** The current attempt at a subscription, set before it connects. */
  private volatile Subscription subscription;

  /**
   * @param heartbeatInterval how often to publish a heartbeat; a subscription that hears nothing
   *     for three intervals is closed
   */
  BusSubscriber(
      Redis redis, String channel, Consumer<String> onMessage, Duration heartbeatInterval) {
    this.redis = redis;
    this.channel = channel;
    this.onMessage = onMessage;
    this.heartbeatInterval = heartbeatInterval;
    this.silenceLimit = heartbeatInterval.multipliedBy(3);
  }

  /**
   * Starts subscribing unless already started, and waits (boundedly) for the first subscription, so
   * that events published after this returns reach this node. If Redis cannot be reached in time,
   * this returns anyway and the subscription is made as soon as it can be.
   */
  void start() {
    synchronized (this) {
      if (reader == null && !closed) {
        reader = Thread.ofPlatform().name(channel).daemon().start(this::readUntilClosed);
        heartbeat = Thread.ofVirtual().name(channel + "-heartbeat").start(this::beatUntilClosed);
      }
    }
    try {
      if (!firstSubscription.await(SUBSCRIBE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Not subscribed to Redis events yet; events reach this node once it is");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readUntilClosed() {
    Duration backoff = ResubscribeBackoff.MIN;
    for (int attempts = 0; !closed; attempts++) {
      Subscription attempt = new Subscription(redis.address(attempts));
      subscription = attempt;
      try (Connection opened = new Connection(attempt.address, redis.config())) {
        attempt.connection = opened;
        if (closed) {
          return;
        }
        attempt.proceed(opened, channel, RedisKeys.HEARTBEATS);
      } catch (JedisException | StoreException e) {
        if (!closed) {
          log.warn("Redis event subscription lost ({}); subscribing again", e.getMessage());
        }
      }
      backoff = attempt.confirmed ? ResubscribeBackoff.MIN : ResubscribeBackoff.after(backoff);
      if (!closed && !awaitRetry(backoff, attempt.address)) {
        return;
      }
    }
  }

  /**
   * Waits {@code backoff} before the next attempt, or less once the primary is no longer {@code
   * tried} (Sentinel promoted a replica): the new primary is worth trying at once. False if
   * interrupted (only {@link #close} interrupts).
   */
  private boolean awaitRetry(Duration backoff, HostAndPort tried) {
    long deadline = System.nanoTime() + backoff.toNanos();
    while (System.nanoTime() < deadline) {
      if (redis.movedFrom(tried)) {
        return true;
      }
      if (!ResubscribeBackoff.sleep(
          ResubscribeBackoff.shorter(
              ResubscribeBackoff.MIN, Duration.ofNanos(deadline - System.nanoTime())))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Publishes heartbeats, and closes the subscribed connection when it has gone silent too long.
   */
  private void beatUntilClosed() {
    while (!closed && ResubscribeBackoff.sleep(heartbeatInterval)) {
      Subscription current = subscription;
      if (current == null || !current.isSubscribed() || !current.connection.isConnected()) {
        continue;
      }
      if (System.nanoTime() - current.lastHeardNanos > silenceLimit.toNanos()) {
        log.warn("Redis event subscription silent for {}; reconnecting", silenceLimit);
        current.connection.close();
        continue;
      }
      if (redis.movedFrom(current.address)) {
        log.info("Redis primary moved from {}; subscribing to the new one", current.address);
        current.connection.close();
        continue;
      }
      // On a thread of its own: a publish blocked on an unreachable Redis must not stop this loop
      // from noticing the silence.
      Thread.ofVirtual().name("redis-events-heartbeat-publish").start(this::publishHeartbeat);
    }
  }

  private void publishHeartbeat() {
    try {
      redis.publish("publish heartbeat", RedisKeys.HEARTBEATS, "");
    } catch (RuntimeException e) {
      // Redis is unreachable; the silence closes the subscription and it is made again.
    }
  }

  /** Stops the subscription, waiting (boundedly) for a message being handed on to finish. */
  @Override
  public void close() {
    Thread started;
    synchronized (this) {
      closed = true;
      started = reader;
    }
    if (started == null) {
      return;
    }
    Subscription current = subscription;
    if (current != null && current.connection != null) {
      current.connection.close();
    }
    started.interrupt();
    heartbeat.interrupt();
    try {
      started.join(Redis.TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One connection's subscription: hands messages on and notes when Redis was last heard. */
  private final class Subscription extends JedisPubSub {

    /** Where it connects: the primary, or the cluster's node, when the attempt began. */
    final HostAndPort address;

    /** Set once connected; closing it ends the subscription. */
    volatile Connection connection;

    volatile boolean confirmed;
    volatile long lastHeardNanos = System.nanoTime();

    Subscription(HostAndPort address) {
      this.address = address;
    }

    @Override
    public void onSubscribe(String channel, int subscribedChannels) {
      confirmed = true;
      lastHeardNanos = System.nanoTime();
      firstSubscription.countDown();
    }

    @Override
    public void onMessage(String channel, String message) {
      lastHeardNanos = System.nanoTime();
      if (!closed && BusSubscriber.this.channel.equals(channel)) {
        onMessage.accept(message);
      }
    }
  }
}
