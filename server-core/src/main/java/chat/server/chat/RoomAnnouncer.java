package chat.server.chat;

import chat.protocol.server.MessageNew;
import chat.server.store.AppendResult;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import chat.server.store.StoreException;
import java.util.Comparator;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@code message.new} for each new message, each room's in the order of its {@code seq},
 * while the appends themselves run side by side (and share their commits).
 *
 * <p>Sends racing in one room may return from the store in any order, so a finished send's event
 * waits until every send of the room that started before it finished has finished too: only those
 * can hold a smaller {@code seq}, since a send that starts later is appended later. Then the
 * waiting events go out, smallest {@code seq} first, under the room's lock, so the bus sees them in
 * order. The bus keeps the order it is given: the in-process bus calls the sockets on the
 * publisher's thread, and Redis delivers one channel's messages to each subscriber in order.
 *
 * <p>The order is kept among the sends of this node. Sends to one room that race on two nodes
 * sharing Redis may be published in either order, so each event carries its {@code seq}, and the
 * Redis bus of each receiving node puts a room's events back in that order before its sockets see
 * them.
 */
final class RoomAnnouncer {

  private static final Logger log = LoggerFactory.getLogger(RoomAnnouncer.class);

  private final EventBus events;

  /**
   * The rooms with a send under way or an announcement waiting; a room leaves when it has neither.
   * Entries come and go only inside the map's atomic {@code compute}s, so one room never has two.
   */
  private final Map<String, Room> rooms = new ConcurrentHashMap<>();

  RoomAnnouncer(EventBus events) {
    this.events = events;
  }

  /** A send that has started appending; {@link #finish} or {@link #fail} it exactly once. */
  final class Send {
    private final String roomId;
    private final Room room;
    private final long ticket;

    private Send(String roomId, Room room, long ticket) {
      this.roomId = roomId;
      this.room = room;
      this.ticket = ticket;
    }

    /** The append returned: a new message is announced to {@code audience}, a resend is not. */
    void finish(AppendResult result, Set<String> audience) {
      end(
          result.created()
              ? new BusEvent.RoomMessage(audience, new MessageNew(result.message()), result.seq())
              : null);
    }

    /** The append failed: nothing to announce, and no later send waits for this one. */
    void fail() {
      end(null);
    }

    private void end(BusEvent.RoomMessage announcement) {
      room.finish(ticket, announcement);
      rooms.computeIfPresent(roomId, (id, current) -> current.isIdle() ? null : current);
    }
  }

  /** Call before appending to {@code roomId}. */
  Send start(String roomId) {
    long[] ticket = new long[1];
    Room room =
        rooms.compute(
            roomId,
            (id, current) -> {
              Room started = current == null ? new Room() : current;
              ticket[0] = started.start();
              return started;
            });
    return new Send(roomId, room, ticket[0]);
  }

  /** How many rooms it holds state for: those with a send under way or an event waiting. */
  int roomsHeld() {
    return rooms.size();
  }

  /** An announcement, and how many sends of its room had started when its own finished. */
  private record Waiting(BusEvent.RoomMessage announcement, long startedBeforeIt) {}

  private final class Room {
    private long started;
    private final TreeSet<Long> unfinished = new TreeSet<>();
    private final PriorityQueue<Waiting> waiting =
        new PriorityQueue<>(Comparator.comparingLong(w -> w.announcement().seq()));

    synchronized long start() {
      unfinished.add(started);
      return started++;
    }

    synchronized boolean isIdle() {
      return unfinished.isEmpty() && waiting.isEmpty();
    }

    synchronized void finish(long ticket, BusEvent.RoomMessage announcement) {
      unfinished.remove(ticket);
      if (announcement != null) {
        waiting.add(new Waiting(announcement, started));
      }
      long oldestUnfinished = unfinished.isEmpty() ? started : unfinished.first();
      while (!waiting.isEmpty() && waiting.peek().startedBeforeIt() <= oldestUnfinished) {
        publish(waiting.poll().announcement());
      }
    }

    /** A bus that fails costs live delivery only: the message is stored, and sync finds it. */
    private void publish(BusEvent.RoomMessage announcement) {
      try {
        events.publish(announcement);
      } catch (StoreException e) {
        log.warn(
            "message.new of seq {} was not published; members catch up by sync",
            announcement.seq(),
            e);
      }
    }
  }
}
