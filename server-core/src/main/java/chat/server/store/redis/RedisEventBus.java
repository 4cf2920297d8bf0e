package chat.server.store.redis;

import chat.protocol.server.Ack;
import chat.protocol.server.DeviceMessageNew;
import chat.protocol.server.ErrorFrame;
import chat.protocol.server.KeysChanged;
import chat.protocol.server.MemberUpdated;
import chat.protocol.server.MessageDeleted;
import chat.protocol.server.MessageNew;
import chat.protocol.server.MessageUpdated;
import chat.protocol.server.PinsUpdated;
import chat.protocol.server.PresenceEvent;
import chat.protocol.server.ReactionUpdated;
import chat.protocol.server.ReadEvent;
import chat.protocol.server.RoomUpdated;
import chat.protocol.server.ServerFrame;
import chat.protocol.server.SlowModeUpdated;
import chat.protocol.server.TypingEvent;
import chat.protocol.server.UserUpdated;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fan-out between the nodes sharing one Redis, by pub/sub on one channel, {@link RedisKeys#EVENTS}
 * (on a Redis Cluster, rooms' events on shard channels instead: below), with session revocations on
 * a second, {@link RedisKeys#CONTROL}. {@link #publish} encodes the event once ({@link
 * BusEnvelope}) and PUBLISHes it; every node, the publisher included, receives it once on the
 * {@link BusSubscriber} of its channel and hands it to each of its listeners on that subscriber's
 * thread (or, for a room's message held back to keep its order, on the {@link RoomOrderBuffer}'s
 * timer thread), so listeners must be quick (hand slow work to an executor) and may be called from
 * several threads at once. A failing listener is logged and skipped.
 *
 * <p><b>One order per room across nodes.</b> Nodes publish their sends of a room side by side, so
 * the channel may carry message 6 of one node before message 5 of another. Each {@link
 * BusEvent.RoomMessage} carries its {@code seq}, and the {@link RoomOrderBuffer} of each receiving
 * node puts a room's messages back in that order (waiting at most half a second for a gap to fill)
 * before any listener sees them. Ordering is this adapter's concern: the in-process bus has one
 * publisher, already in order.
 *
 * <p><b>Revocations apart.</b> One subscription reads its events one after another: under a heavy
 * stream of deliveries a node falls behind, and a revocation queued behind them closed its sockets
 * seconds late, breaking the promise of a 4401 within one second. On a channel and a subscription
 * of their own they wait for nothing; their order relative to deliveries does not matter (a
 * delivery to a socket already closed is dropped).
 *
 * <p><b>One channel for the node group, not one per room.</b> A {@link BusEvent.Delivery} names
 * users, not a room, and each node delivers to whichever of those users have sockets on it. With
 * one channel, every node subscribes once, at start, and one PUBLISH reaches each of the N nodes
 * exactly once: Redis does N writes per event whatever the room, and each node drops what concerns
 * none of its sockets. With a channel per room, each node would have to SUBSCRIBE and UNSUBSCRIBE
 * as sockets come and go and as their users join and leave rooms: subscription churn that follows
 * connection churn, a window after each join in which the node is not yet subscribed and misses
 * events, and per-channel bookkeeping in Redis for every room of every node. It would save traffic
 * only where a room's members sit on few nodes; behind a load balancer that spreads sockets evenly,
 * the members of any busy room are on most nodes anyway, so one PUBLISH still reaches nearly all of
 * them. The one-channel cost is that every node reads every event. The load benchmark
 * (docs/BENCHMARKS.md) found no sign of it at two nodes: in rooms of 100 at 10,000 deliveries a
 * second, two nodes on one Redis spent 44–45 µs of CPU per delivery, one embedded node 46 µs, and
 * both reached their knee at 20,000 a second (docs/SCALING.md has 1, 2 and 4 nodes).
 *
 * <p><b>On a Redis Cluster</b> a classic PUBLISH is relayed to every cluster node, so fan-out would
 * not scale with shards. There the events of a room (its messages, and every frame that names it:
 * edits, reactions, pins, typing, receipts, members, the room itself) go by sharded pub/sub instead
 * ({@code SPUBLISH}) on the {@linkplain ShardChannels channel of the room's slot}, which only the
 * shard that owns the room carries, and every node listens to each slot's channel on the primary
 * serving it ({@link ShardedSubscriptions}, decision record 0019). A room's events keep one
 * publisher's order, being on one channel; events of no room (presence, profiles) and revocations
 * stay on the classic channels, in no order relative to a room's, as revocations already were.
 */
final class RedisEventBus implements EventBus, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RedisEventBus.class);

  private final Redis redis;
  private final BusSubscriber deliveries;
  private final BusSubscriber control;
  private final RoomOrderBuffer roomOrder;

  /** On a Redis Cluster, the subscriptions to the rooms' shard channels; null elsewhere. */
  private final ShardedSubscriptions shards;

  /** Subscriptions are rare and events constant: iteration must never lock or copy. */
  private final List<Consumer<BusEvent>> listeners = new CopyOnWriteArrayList<>();

  RedisEventBus(Redis redis) {
    this.redis = redis;
    this.roomOrder = new RoomOrderBuffer(this::toListeners, RoomOrderBuffer.Bounds.IN_SERVICE);
    this.deliveries =
        new BusSubscriber(redis, RedisKeys.EVENTS, this::deliver, BusSubscriber.HEARTBEAT);
    this.control =
        new BusSubscriber(redis, RedisKeys.CONTROL, this::deliver, BusSubscriber.HEARTBEAT);
    this.shards =
        redis.isCluster()
            ? new ShardedSubscriptions(redis, this::deliver, BusSubscriber.HEARTBEAT)
            : null;
  }

  @Override
  public void publish(BusEvent event) {
    String json = BusEnvelope.encode(event);
    Optional<String> room = roomOf(event);
    if (shards != null && room.isPresent()) {
      redis.publishToShard("publish event", ShardChannels.ofRoom(room.get()), json);
    } else {
      redis.publish("publish event", channelOf(event), json);
    }
  }

  /** The room whose shard channel carries {@code event} on a cluster, if it concerns one room. */
  private static Optional<String> roomOf(BusEvent event) {
    return switch (event) {
      case BusEvent.RoomMessage message -> Optional.of(message.roomId());
      case BusEvent.Delivery delivery -> roomOf(delivery.frame());
      case BusEvent.SessionDelivery _, BusEvent.SessionRevoked _ -> Optional.empty();
    };
  }

  private static Optional<String> roomOf(ServerFrame frame) {
    return Optional.ofNullable(
        switch (frame) {
          case MessageNew f -> f.message().roomId();
          case MessageUpdated f -> f.message().roomId();
          case MessageDeleted f -> f.roomId();
          case ReactionUpdated f -> f.roomId();
          case PinsUpdated f -> f.roomId();
          case TypingEvent f -> f.roomId();
          case ReadEvent f -> f.roomId();
          case RoomUpdated f -> f.room().roomId();
          case MemberUpdated f -> f.roomId();
          case SlowModeUpdated f -> f.roomId();
          case PresenceEvent _,
              UserUpdated _,
              KeysChanged _,
              DeviceMessageNew _,
              Ack _,
              ErrorFrame _ ->
              null;
        });
  }

  private static String channelOf(BusEvent event) {
    return switch (event) {
      case BusEvent.Delivery _, BusEvent.RoomMessage _, BusEvent.SessionDelivery _ ->
          RedisKeys.EVENTS;
      case BusEvent.SessionRevoked _ -> RedisKeys.CONTROL;
    };
  }

  /** The first listener starts this node's subscription, and waits until it is live. */
  @Override
  public void subscribe(Consumer<BusEvent> listener) {
    listeners.add(listener);
    deliveries.start();
    control.start();
    if (shards != null) {
      shards.start();
    }
  }

  @Override
  public void close() {
    deliveries.close();
    control.close();
    if (shards != null) {
      shards.close();
    }
    roomOrder.close();
  }

  private void deliver(String json) {
    BusEvent event;
    try {
      event = BusEnvelope.decode(json);
    } catch (RuntimeException e) {
      log.error("Dropped an event this node cannot read", e);
      return;
    }
    switch (event) {
      case BusEvent.RoomMessage message -> roomOrder.accept(message);
      case BusEvent.Delivery _, BusEvent.SessionDelivery _, BusEvent.SessionRevoked _ ->
          toListeners(event);
    }
  }

  /** Never throws: a failing listener is logged and the next one still called. */
  private void toListeners(BusEvent event) {
    for (Consumer<BusEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        log.error("A bus listener failed on {}", event.getClass().getSimpleName(), e);
      }
    }
  }
}
