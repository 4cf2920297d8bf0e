package chat.server.store.redis;

import java.util.BitSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisShardedPubSub;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisException;

/**
 * This node's subscription to the {@linkplain ShardChannels shard channels} of the slots one
 * primary of a Redis Cluster serves: a connection of its own to that primary, {@code SSUBSCRIBE}d
 * to each slot's channel (one command per slot, since a cluster refuses one that names channels of
 * two slots; all sent in one write), read by a platform thread of its own until the subscription
 * ends. It ends for good: when the connection fails, when Redis unsubscribes a channel because its
 * slot moved or its primary became a replica ({@code SUNSUBSCRIBE} pushed by Redis), or on {@link
 * #close}; {@link ShardedSubscriptions} then makes a new one from the current map of slots.
 *
 * <p>An empty message is a heartbeat ({@link ShardedSubscriptions}): it only shows the connection
 * alive.
 */
final class ShardSubscriber implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ShardSubscriber.class);

  private final Redis redis;
  private final HostAndPort primary;
  private final BitSet slots;
  private final Consumer<String> onMessage;
  private final Runnable onEnd;
  private final Thread reader;

  private volatile Connection connection;
  private volatile boolean closed;
  private volatile boolean ended;
  private volatile int confirmed;
  private volatile long lastHeardNanos = System.nanoTime();

  /**
   * Starts subscribing on a thread of its own.
   *
   * @param onMessage called on that thread with each event's message
   * @param onEnd called on that thread once the subscription has ended, unless closed
   */
  ShardSubscriber(
      Redis redis, HostAndPort primary, BitSet slots, Consumer<String> onMessage, Runnable onEnd) {
    this.redis = redis;
    this.primary = primary;
    this.slots = (BitSet) slots.clone();
    this.onMessage = onMessage;
    this.onEnd = onEnd;
    this.reader = Thread.ofPlatform().name("redis-shard-" + primary).daemon().start(this::read);
  }

  HostAndPort primary() {
    return primary;
  }

  /** Whether it listens to exactly {@code slots}, and has not ended. */
  boolean serves(BitSet slots) {
    return !ended && this.slots.equals(slots);
  }

  /** Whether Redis has confirmed the channel of every slot. */
  boolean isLive() {
    return !ended && confirmed == slots.cardinality();
  }

  /** The channel a heartbeat for this subscription goes on: that of its first slot. */
  String heartbeatChannel() {
    return ShardChannels.ofSlot(slots.nextSetBit(0));
  }

  long lastHeardNanos() {
    return lastHeardNanos;
  }

  private void read() {
    try (Connection opened = new Connection(primary, redis.config())) {
      connection = opened;
      if (closed) {
        return;
      }
      int first = slots.nextSetBit(0);
      for (int slot = slots.nextSetBit(first + 1); slot >= 0; slot = slots.nextSetBit(slot + 1)) {
        opened.sendCommand(Protocol.Command.SSUBSCRIBE, ShardChannels.ofSlot(slot));
      }
      new Subscription().proceed(opened, ShardChannels.ofSlot(first));
    } catch (JedisException e) {
      if (!closed) {
        log.warn("Redis shard subscription to {} lost ({})", primary, e.getMessage());
      }
    } finally {
      ended = true;
      if (!closed) {
        onEnd.run();
      }
    }
  }

  /** Ends the subscription, waiting (boundedly) for a message being handed on to finish. */
  @Override
  public void close() {
    closed = true;
    Connection current = connection;
    if (current != null) {
      current.close();
    }
    reader.interrupt();
    try {
      reader.join(Redis.TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final class Subscription extends JedisShardedPubSub {

    @Override
    public void onSSubscribe(String channel, int subscribedChannels) {
      lastHeardNanos = System.nanoTime();
      confirmed = subscribedChannels;
    }

    @Override
    public void onSMessage(String channel, String message) {
      lastHeardNanos = System.nanoTime();
      if (!closed && !message.isEmpty()) {
        onMessage.accept(message);
      }
    }

    private boolean movedAway;

    /**
     * Only Redis unsubscribes: the channel's slot is no longer this primary's. It does so channel
     * by channel, for every slot the node lost (all of them when a failover demotes it); the first
     * ends the subscription.
     */
    @Override
    public void onSUnsubscribe(String channel, int subscribedChannels) {
      if (!closed && !movedAway) {
        movedAway = true;
        log.info("Redis moved the slot of {} away from {}; subscribing again", channel, primary);
        connection.close();
      }
    }
  }
}
