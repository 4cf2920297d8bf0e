package chat.server.chat;

import chat.protocol.Limits;
import chat.protocol.model.User;
import chat.protocol.server.UserUpdated;
import chat.server.auth.UserProfiles;
import chat.server.error.ChatException;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks users up as others see them: name, presence and last seen. */
public final class UserDirectory implements UserProfiles {

  private final UserStore users;
  private final PresenceService presence;
  private final EventBus events;

  public UserDirectory(UserStore users, PresenceService presence, EventBus events) {
    this.users = users;
    this.presence = presence;
    this.events = events;
  }

  /**
   * @throws ChatException {@code NOT_FOUND}
   */
  @Override
  public User get(String userId) {
    return users
        .findById(userId)
        .map(presence::describe)
        .orElseThrow(() -> ChatException.notFound("no such user"));
  }

  /**
   * Sets the name the user is shown by (already trimmed and checked by the protocol), and tells at
   * once, with a {@code user.updated} event, everyone who shares a room with the user and the
   * user's own sockets (their other devices): the people who see the user's presence, so the event
   * reveals nothing new. Others see the name too wherever they next ask for the user (a search, the
   * next message the user sends); messages sent before keep the name they were sent with.
   *
   * @throws ChatException {@code NOT_FOUND}
   */
  public User rename(String userId, String displayName) {
    if (!users.updateDisplayName(userId, displayName)) {
      throw ChatException.notFound("no such user");
    }
    User renamed = get(userId);
    events.publish(new BusEvent.Delivery(presence.visibleTo(userId), new UserUpdated(renamed)));
    return renamed;
  }

  /**
   * Whether a user of this id exists and can be added to a room: a deleted account counts as gone.
   */
  public boolean exists(String userId) {
    return users.findById(userId).isPresent() && !isDeleted(userId);
  }

  /** Whether the account of this id was deleted by its owner. */
  public boolean isDeleted(String userId) {
    return !users.deletedAmong(Set.of(userId)).isEmpty();
  }

  /**
   * Users whose name starts with the prefix, case ignored, at most 20, by name. Anyone can be found
   * by name, so that the caller can open a direct room with someone new; but only the presence of
   * people who share a room with the caller is shown, the others' is that of someone never seen.
   */
  public List<User> search(String callerId, String prefix) {
    if (prefix == null || prefix.isBlank() || prefix.length() > Limits.USERNAME_MAX) {
      throw ChatException.invalidInput(
          "query", "query must be 1–" + Limits.USERNAME_MAX + " characters");
    }
    List<UserAccount> found = users.searchByPrefix(prefix.strip(), Limits.USER_SEARCH_MAX);
    Set<String> visible = presence.visibleTo(callerId);
    Map<String, User> described =
        presence
            .describe(found.stream().filter(account -> visible.contains(account.userId())).toList())
            .stream()
            .collect(Collectors.toMap(User::userId, Function.identity()));
    return found.stream()
        .map(
            account ->
                described.getOrDefault(account.userId(), PresenceService.withoutPresence(account)))
        .toList();
  }

  /**
   * The usernames of these ids, by id, in one store read; ids of no user are left out. No presence
   * is looked up, unlike {@link #all}.
   */
  public Map<String, String> usernames(Collection<String> userIds) {
    return users.findByIds(userIds).stream()
        .collect(Collectors.toMap(UserAccount::userId, UserAccount::username));
  }

  /** The users of these ids that exist, ordered by name. */
  public List<User> all(Collection<String> userIds) {
    return presence.describe(users.findByIds(userIds)).stream()
        .sorted(Comparator.comparing(user -> user.username().toLowerCase(Locale.ROOT)))
        .toList();
  }
}
