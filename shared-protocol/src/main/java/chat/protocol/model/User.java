package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A user as others see them. {@code displayName} is the name to show: the one the user chose, or
 * their username until they choose one; a server that does not know display names leaves it out
 * (null), and {@link #shownName()} falls back to the username. {@code lastSeen} is epoch
 * milliseconds, 0 when never seen.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record User(
    String userId, String username, String displayName, UserStatus status, long lastSeen) {

  /**
   * The name a deleted account is shown by, as its display name and as the sender of its messages;
   * its username stays reserved (never freed for a newcomer to take).
   */
  public static final String DELETED_NAME = "deleted user";

  /** A user without a display name: {@link #shownName()} is the username. */
  public User(String userId, String username, UserStatus status, long lastSeen) {
    this(userId, username, null, status, lastSeen);
  }

  /** The name to show for this user: the display name, or the username when there is none. */
  public String shownName() {
    return displayName == null || displayName.isBlank() ? username : displayName;
  }

  /** The same user with another presence. */
  public User withPresence(UserStatus newStatus, long newLastSeen) {
    return new User(userId, username, displayName, newStatus, newLastSeen);
  }
}
