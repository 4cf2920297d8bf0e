package chat.server.chat;

import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import chat.server.store.PresenceStore;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who is online: a user with a socket open on any live node. When the last one closes, that moment
 * becomes their {@code lastSeen}. Presence events and the grace period against flapping come with
 * the real-time issue.
 */
public final class PresenceService {

  private final PresenceStore presence;
  private final UserStore users;
  private final Clock clock;

  public PresenceService(PresenceStore presence, UserStore users, Clock clock) {
    this.presence = presence;
    this.users = users;
    this.clock = clock;
  }

  public void socketOpened(String userId) {
    presence.socketOpened(userId);
  }

  public void socketClosed(String userId) {
    if (presence.socketClosed(userId)) {
      users.updateLastSeen(userId, clock.millis());
    }
  }

  /** The user as others see them, with their presence now. */
  public User describe(UserAccount account) {
    return describe(List.of(account)).getFirst();
  }

  /** Many users at once: one presence lookup for the whole list. */
  public List<User> describe(Collection<UserAccount> accounts) {
    Set<String> online = presence.onlineAmong(accounts.stream().map(UserAccount::userId).toList());
    long now = clock.millis();
    return accounts.stream()
        .map(
            account ->
                online.contains(account.userId())
                    ? new User(account.userId(), account.username(), UserStatus.ONLINE, now)
                    : new User(
                        account.userId(),
                        account.username(),
                        UserStatus.OFFLINE,
                        account.lastSeen()))
        .toList();
  }
}
