package chat.server.chat;

import chat.protocol.server.TypingEvent;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

/**
 * Typing indicators, per user and room, on the node that holds the typing socket. The other members
 * hear {@code typing} events:
 *
 * <ul>
 *   <li>{@code active: true} at most once per throttle period, however many frames a burst of
 *       keystrokes sends; a start held back by the throttle goes out when the period ends;
 *   <li>{@code active: false} at once on an explicit stop, and by itself once the timeout has
 *       passed since the last {@code active: true}, but only if they were told "typing".
 * </ul>
 */
public final class TypingService {

  private record Key(String roomId, String userId) {}

  /** What one user in one room is doing, and what the others were told; guarded by itself. */
  private static final class State {
    boolean typing;
    boolean announced;
    long announcedAt = Long.MIN_VALUE;

    /** Bumped by every start, so a stale timeout knows it is stale. */
    long generation;

    Future<?> timeout;
    Future<?> throttleEnd;
    boolean forgotten;
  }

  private final RoomService rooms;
  private final EventBus events;
  private final DelayedTasks tasks;
  private final Duration timeout;
  private final Duration throttle;
  private final Map<Key, State> states = new ConcurrentHashMap<>();

  /**
   * How long a start lasts without another ({@code timeout}), and how often a start is announced at
   * most ({@code throttle}).
   */
  public record Periods(Duration timeout, Duration throttle) {}

  public TypingService(RoomService rooms, EventBus events, DelayedTasks tasks, Periods periods) {
    this.rooms = rooms;
    this.events = events;
    this.tasks = tasks;
    this.timeout = periods.timeout();
    this.throttle = periods.throttle();
  }

  /**
   * The caller started ({@code active}) or stopped typing in the room.
   *
   * @throws ChatException {@code NOT_FOUND}, or {@code FORBIDDEN} when not a member
   */
  public void typing(AuthenticatedUser caller, String roomId, boolean active) {
    rooms.requireMember(caller, roomId);
    Key key = new Key(roomId, caller.userId());
    while (true) {
      State state = states.computeIfAbsent(key, k -> new State());
      synchronized (state) {
        if (state.forgotten) {
          continue; // removed meanwhile: start over with a fresh state
        }
        if (active) {
          start(key, state);
        } else {
          stop(key, state);
        }
        return;
      }
    }
  }

  private void start(Key key, State state) {
    state.typing = true;
    long generation = ++state.generation;
    cancel(state.timeout);
    state.timeout = tasks.after(timeout, () -> timedOut(key, state, generation));
    if (isThrottleOver(state)) {
      announce(key, state, true);
    } else if (!state.announced) {
      awaitThrottleEnd(key, state);
    }
  }

  private void stop(Key key, State state) {
    state.typing = false;
    cancel(state.timeout);
    if (state.announced) {
      announce(key, state, false);
    }
    forgetWhenIdle(key, state);
  }

  private void timedOut(Key key, State state, long generation) {
    synchronized (state) {
      if (!state.forgotten && state.typing && state.generation == generation) {
        stop(key, state);
      }
    }
  }

  private void throttleEnded(Key key, State state) {
    synchronized (state) {
      state.throttleEnd = null;
      if (state.forgotten) {
        return;
      }
      if (state.typing && !state.announced) {
        announce(key, state, true);
      }
      forgetWhenIdle(key, state);
    }
  }

  /**
   * An idle state is dropped, but not before its throttle period is over: a quick stop and start
   * must not buy a second start event within one period.
   */
  private void forgetWhenIdle(Key key, State state) {
    if (state.typing) {
      return;
    }
    if (isThrottleOver(state)) {
      cancel(state.throttleEnd);
      state.forgotten = true;
      states.remove(key, state);
    } else {
      awaitThrottleEnd(key, state);
    }
  }

  private void awaitThrottleEnd(Key key, State state) {
    if (state.throttleEnd == null) {
      long wait = state.announcedAt + throttle.toMillis() - tasks.now();
      state.throttleEnd =
          tasks.after(Duration.ofMillis(Math.max(0, wait)), () -> throttleEnded(key, state));
    }
  }

  private boolean isThrottleOver(State state) {
    return state.announcedAt == Long.MIN_VALUE
        || tasks.now() - state.announcedAt >= throttle.toMillis();
  }

  /** Tells the other members of the room, under the state's lock so that events keep order. */
  private void announce(Key key, State state, boolean active) {
    if (active) {
      state.announcedAt = tasks.now();
    }
    state.announced = active;
    events.publish(
        new BusEvent.Delivery(
            rooms.otherMembers(key.roomId(), key.userId()),
            new TypingEvent(key.roomId(), key.userId(), active)));
  }

  private static void cancel(Future<?> task) {
    if (task != null) {
      task.cancel(false);
    }
  }
}
