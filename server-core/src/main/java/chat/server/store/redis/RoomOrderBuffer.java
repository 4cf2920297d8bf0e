package chat.server.store.redis;

import chat.server.store.BusEvent;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Puts each room's new messages, as this node receives them from the channel, back in the order of
 * their {@code seq} before they reach the listeners.
 *
 * <p><b>Why.</b> Each node publishes its own sends of a room in {@code seq} order, but two nodes
 * appending to one room side by side PUBLISH independently, so message 6 of one node can reach the
 * channel before message 5 of the other. Redis then hands every subscriber that same wrong order.
 *
 * <p><b>How.</b> For each room this node remembers the {@code seq} it expects next. A message with
 * that {@code seq} is passed on at once, followed by any held ones that now follow without a gap. A
 * message ahead of it is held until the ones before it arrive, but at most {@link
 * Bounds#patience()}: a node that crashed between its append and its PUBLISH leaves a gap that
 * never fills (members find that message by {@code message.history} or {@code sync}), so once the
 * patience runs out everything held for the room is passed on, smallest {@code seq} first, and the
 * room expects the one after the last of them. The first message seen of a room (at start, or after
 * the room was forgotten) is passed on at once and sets where the room stands. A message behind
 * that point (one that came after its room's patience ran out) is passed on at once too: late, but
 * never lost.
 *
 * <p><b>Bounded.</b> A room unheard of for {@link Bounds#idle()} is forgotten, and beyond {@link
 * Bounds#maxRooms()} the least recently heard one is; beyond {@link Bounds#maxHeld()} messages held
 * over all rooms, the room of the next one to be held stops waiting and passes on what it holds. A
 * forgotten room passes on what it held first.
 *
 * <p><b>Threads.</b> Messages come in on the subscribers' threads (on a Redis Cluster, one per
 * shard, beside the classic one) and run out of patience on a timer thread of this buffer; one lock
 * keeps them apart, and listeners are called under it, in order, so they must be quick (as every
 * bus listener must). Nothing here blocks but that lock.
 */
final class RoomOrderBuffer implements AutoCloseable {

  /**
   * @param patience how long a message waits for the ones before it
   * @param idle how long a room is remembered after its last message
   * @param maxRooms how many rooms are remembered at most
   * @param maxHeld how many messages are held at most, over all rooms
   */
  record Bounds(Duration patience, Duration idle, int maxRooms, int maxHeld) {

    /**
     * Far above the few milliseconds by which two nodes' PUBLISHes cross, far below what a reader
     * would notice as a stall; some 20 MB of rooms at most.
     */
    static final Bounds IN_SERVICE =
        new Bounds(Duration.ofMillis(500), Duration.ofMinutes(1), 100_000, 10_000);
  }

  private final Consumer<BusEvent> listeners;
  private final Bounds bounds;
  private final ScheduledThreadPoolExecutor timer;

  /** Guarded by {@code this}. In access order: the least recently heard room first. */
  private final LinkedHashMap<String, Room> rooms = new LinkedHashMap<>(16, 0.75f, true);

  /** Guarded by {@code this}. */
  private int held;

  /** Guarded by {@code this}. Once closed, messages are passed on at once. */
  private boolean closed;

  /**
   * @param listeners where messages go, in order; must not throw
   */
  RoomOrderBuffer(Consumer<BusEvent> listeners, Bounds bounds) {
    this.listeners = listeners;
    this.bounds = bounds;
    this.timer =
        new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().name("redis-events-order").daemon().factory());
    timer.setRemoveOnCancelPolicy(true);
  }

  /** Passes {@code message} on now, or holds it until the ones before it have been passed on. */
  synchronized void accept(BusEvent.RoomMessage message) {
    if (closed) {
      listeners.accept(message);
      return;
    }
    long now = System.nanoTime();
    Room room = rooms.get(message.roomId());
    if (room == null) {
      room = new Room(message.seq(), now);
      rooms.put(message.roomId(), room);
      forgetIdleAndExcessRooms(now);
    }
    room.lastHeardNanos = now;
    if (message.seq() < room.next) {
      listeners.accept(message);
    } else if (message.seq() > room.next) {
      hold(room, message);
    } else {
      listeners.accept(message);
      room.next++;
      passOnWhatFollows(room);
    }
  }

  private void hold(Room room, BusEvent.RoomMessage message) {
    if (room.waiting.putIfAbsent(message.seq(), message) != null) {
      listeners.accept(message); // the same seq twice: pass it on rather than lose either
      return;
    }
    held++;
    if (held > bounds.maxHeld()) {
      passOnEverything(room);
    } else if (room.patience == null) {
      long hold = ++room.holds;
      room.patience =
          timer.schedule(
              () -> runOutOfPatience(room, hold),
              bounds.patience().toNanos(),
              TimeUnit.NANOSECONDS);
    }
  }

  /** Ends the wait {@code hold} of {@code room}, unless it ended already. */
  private synchronized void runOutOfPatience(Room room, long hold) {
    if (room.patience != null && room.holds == hold) {
      passOnEverything(room);
    }
  }

  /** Passes on the held messages that now follow without a gap. */
  private void passOnWhatFollows(Room room) {
    while (!room.waiting.isEmpty() && room.waiting.firstKey() == room.next) {
      listeners.accept(room.waiting.pollFirstEntry().getValue());
      held--;
      room.next++;
    }
    if (room.waiting.isEmpty()) {
      stopWaiting(room);
    }
  }

  /** Gives up on the gaps: passes on everything held, smallest {@code seq} first. */
  private void passOnEverything(Room room) {
    while (!room.waiting.isEmpty()) {
      BusEvent.RoomMessage message = room.waiting.pollFirstEntry().getValue();
      listeners.accept(message);
      held--;
      room.next = message.seq() + 1;
    }
    stopWaiting(room);
  }

  private static void stopWaiting(Room room) {
    if (room.patience != null) {
      room.patience.cancel(false);
      room.patience = null;
    }
  }

  private void forgetIdleAndExcessRooms(long now) {
    Iterator<Room> leastRecentFirst = rooms.values().iterator();
    while (leastRecentFirst.hasNext()) {
      Room room = leastRecentFirst.next();
      boolean idle = now - room.lastHeardNanos > bounds.idle().toNanos();
      if (!idle && rooms.size() <= bounds.maxRooms()) {
        return;
      }
      passOnEverything(room);
      leastRecentFirst.remove();
    }
  }

  /** Stops the timer, passing on at once whatever is still held. */
  @Override
  public synchronized void close() {
    closed = true;
    timer.shutdownNow();
    for (Room room : rooms.values()) {
      passOnEverything(room);
    }
    rooms.clear();
  }

  /** What this node knows of one room's order. Guarded by the buffer's lock. */
  private static final class Room {
    /** The {@code seq} expected next. */
    long next;

    long lastHeardNanos;

    /** Messages ahead of {@link #next}, by {@code seq}. */
    final TreeMap<Long, BusEvent.RoomMessage> waiting = new TreeMap<>();

    /** The pending end of patience, while anything is waiting. */
    ScheduledFuture<?> patience;

    /** How many waits the room has begun: tells an ended wait's late timer from the current. */
    long holds;

    Room(long next, long heardNanos) {
      this.next = next;
      this.lastHeardNanos = heardNanos;
    }
  }
}
