package chat.server.chat;

import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is online, from the count of open sockets each user has on this node. A user goes offline
 * when the last one closes, and that moment is kept as their {@code lastSeen}. One node only:
 * presence across nodes, its events and the grace period against flapping come with Redis mode and
 * the real-time issue.
 */
public final class PresenceService {

  private final ConcurrentHashMap<String, Integer> openSockets = new ConcurrentHashMap<>();
  private final UserStore users;
  private final Clock clock;

  public PresenceService(UserStore users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  public void socketOpened(String userId) {
    openSockets.merge(userId, 1, Integer::sum);
  }

  public void socketClosed(String userId) {
    Integer left =
        openSockets.computeIfPresent(userId, (id, count) -> count > 1 ? count - 1 : null);
    if (left == null) {
      users.updateLastSeen(userId, clock.millis());
    }
  }

  /** The user as others see them, with their presence now. */
  public User describe(UserAccount account) {
    return openSockets.containsKey(account.userId())
        ? new User(account.userId(), account.username(), UserStatus.ONLINE, clock.millis())
        : new User(account.userId(), account.username(), UserStatus.OFFLINE, account.lastSeen());
  }
}
