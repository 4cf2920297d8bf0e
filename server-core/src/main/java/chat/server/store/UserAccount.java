package chat.server.store;

import chat.protocol.model.ServerRole;

/**
 * A stored user. {@code username} keeps the registered spelling; lookups ignore case. Times are
 * epoch milliseconds; {@code lastSeen} is 0 until the user's first socket closes. {@code
 * displayName} is null until the user chooses one. {@code role} and {@code deactivated} are the
 * user's standing on the server; the store decides the role of a new user (see {@link
 * UserStore#insert}).
 */
public record UserAccount(
    String userId,
    String username,
    String passwordHash,
    long createdAt,
    long lastSeen,
    String displayName,
    ServerRole role,
    boolean deactivated) {

  /** A member in good standing who has not chosen a display name. */
  public UserAccount(
      String userId, String username, String passwordHash, long createdAt, long lastSeen) {
    this(userId, username, passwordHash, createdAt, lastSeen, null, ServerRole.MEMBER, false);
  }

  /** The name others see: the display name, or the username until one is chosen. */
  public String shownName() {
    return displayName == null ? username : displayName;
  }
}
