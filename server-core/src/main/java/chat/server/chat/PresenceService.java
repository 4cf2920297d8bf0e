package chat.server.chat;

import chat.protocol.model.PresenceEntry;
import chat.protocol.model.Room;
import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import chat.protocol.server.PresenceEvent;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import chat.server.store.PresenceStore;
import chat.server.store.RoomStore;
import chat.server.store.StorePorts;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is online: a user with a socket open on any live node, counted by the {@link PresenceStore}.
 * Going online and offline is announced with a {@code presence} event to everyone who shares a room
 * with the user.
 *
 * <p><b>No flapping.</b> A closed socket is taken off the count only after a grace period, so a
 * page reload (close, then open within the grace) never drops the count to zero: nobody hears an
 * offline/online pair, and every node sees the user online throughout. When the delayed close does
 * take the count to zero, the user is announced offline with the moment that socket closed as their
 * {@code lastSeen}: within the grace of the last close, under the protocol's 10 s.
 *
 * <p><b>Privacy.</b> A user's presence is seen only by the people who share a room with them (and
 * by themself): the audience of their {@code presence} events, and the only users {@code
 * presence.query} and the user search report it for. {@link #visibleTo} is that rule.
 */
public final class PresenceService implements AutoCloseable {

  private static final int LOCK_STRIPES = 64;

  private final PresenceStore presence;
  private final UserStore users;
  private final RoomStore rooms;
  private final EventBus events;
  private final DelayedTasks tasks;
  private final Duration grace;

  /**
   * One user's open, close and announcement run one at a time on this node, so that an "online" and
   * an "offline" of the same user cannot cross.
   */
  private final ReentrantLock[] userLocks = new ReentrantLock[LOCK_STRIPES];

  /** Closes waiting out their grace; whoever removes one from here settles it, exactly once. */
  private final Set<PendingClose> pendingCloses = ConcurrentHashMap.newKeySet();

  private volatile boolean closed;

  /** One socket's close, waiting out the grace. Identity matters: two closes are two entries. */
  private static final class PendingClose {
    final String userId;
    final long closedAt;

    PendingClose(String userId, long closedAt) {
      this.userId = userId;
      this.closedAt = closedAt;
    }
  }

  /**
   * {@code grace}: how long a user's last closed socket waits before they are announced offline.
   */
  public PresenceService(StorePorts stores, DelayedTasks tasks, Duration grace) {
    this.presence = stores.presence();
    this.users = stores.users();
    this.rooms = stores.rooms();
    this.events = stores.events();
    this.tasks = tasks;
    this.grace = grace;
    for (int i = 0; i < LOCK_STRIPES; i++) {
      userLocks[i] = new ReentrantLock();
    }
  }

  /** Counts the socket; the user's first socket anywhere announces them online. */
  public void socketOpened(String userId) {
    withUserLock(
        userId,
        () -> {
          boolean wasOnline = !presence.onlineAmong(List.of(userId)).isEmpty();
          presence.socketOpened(userId);
          if (!wasOnline) {
            announce(userId, UserStatus.ONLINE, tasks.now());
          }
        });
  }

  /** Takes the socket off the count once the grace has passed (at once after {@link #close}). */
  public void socketClosed(String userId) {
    PendingClose close = new PendingClose(userId, tasks.now());
    pendingCloses.add(close);
    if (closed) {
      settle(close);
      return;
    }
    try {
      tasks.after(grace, () -> settle(close));
    } catch (RejectedExecutionException shuttingDown) {
      settle(close);
    }
  }

  /**
   * Settles every close still in its grace, now: the server is stopping, and its users' last
   * sockets close with it.
   */
  @Override
  public void close() {
    closed = true;
    pendingCloses.forEach(this::settle);
  }

  /**
   * The presence of the users of these ids that the caller may see, in the order asked, each once.
   * Ids of no user and of users who share no room with the caller are left out alike, so the answer
   * does not even tell whether such a user exists.
   */
  public List<PresenceEntry> query(String callerId, List<String> userIds) {
    Set<String> asked = new LinkedHashSet<>(userIds);
    asked.retainAll(visibleTo(callerId));
    Map<String, User> known =
        describe(users.findByIds(asked)).stream()
            .collect(Collectors.toMap(User::userId, Function.identity()));
    return asked.stream()
        .filter(known::containsKey)
        .map(known::get)
        .map(user -> new PresenceEntry(user.userId(), user.status(), user.lastSeen()))
        .toList();
  }

  /** Whose presence {@code userId} may see: themself and everyone who shares a room with them. */
  public Set<String> visibleTo(String userId) {
    Set<String> visible = new HashSet<>();
    visible.add(userId);
    for (Room room : rooms.roomsOf(userId)) {
      visible.addAll(rooms.memberIds(room.roomId()));
    }
    return visible;
  }

  /**
   * The user as a stranger sees them: the name alone, with the presence of someone never seen
   * (offline, {@code lastSeen} 0), so that it gives nothing away.
   */
  public static User withoutPresence(UserAccount account) {
    return user(account, UserStatus.OFFLINE, 0);
  }

  /** The user as others see them, with their presence now. */
  public User describe(UserAccount account) {
    return describe(List.of(account)).getFirst();
  }

  /**
   * Many users at once: one presence lookup for the whole list. An online user's {@code lastSeen}
   * is now.
   */
  public List<User> describe(Collection<UserAccount> accounts) {
    Set<String> online = presence.onlineAmong(accounts.stream().map(UserAccount::userId).toList());
    long now = tasks.now();
    return accounts.stream()
        .map(
            account ->
                online.contains(account.userId())
                    ? user(account, UserStatus.ONLINE, now)
                    : user(account, UserStatus.OFFLINE, account.lastSeen()))
        .toList();
  }

  private static User user(UserAccount account, UserStatus status, long lastSeen) {
    return new User(account.userId(), account.username(), account.shownName(), status, lastSeen);
  }

  private void settle(PendingClose close) {
    if (!pendingCloses.remove(close)) {
      return;
    }
    withUserLock(
        close.userId,
        () -> {
          if (presence.socketClosed(close.userId)) {
            users.updateLastSeen(close.userId, close.closedAt);
            announce(close.userId, UserStatus.OFFLINE, close.closedAt);
          }
        });
  }

  /** Tells everyone who shares a room with the user, the user themself left out. */
  private void announce(String userId, UserStatus status, long lastSeen) {
    Set<String> audience = visibleTo(userId);
    audience.remove(userId);
    if (!audience.isEmpty()) {
      events.publish(new BusEvent.Delivery(audience, new PresenceEvent(userId, status, lastSeen)));
    }
  }

  private void withUserLock(String userId, Runnable work) {
    ReentrantLock lock = userLocks[Math.floorMod(userId.hashCode(), LOCK_STRIPES)];
    lock.lock();
    try {
      work.run();
    } finally {
      lock.unlock();
    }
  }
}
