package chat.server.store;

import chat.protocol.model.ServerRole;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Registered users. Usernames are unique regardless of case. The server has one owner: the first
 * user ever stored, chosen atomically by the insert itself, so that of two racing first
 * registrations exactly one becomes the owner on every node.
 */
public interface UserStore {

  /**
   * Stores a new user; returns false, storing nothing, when the username is taken in any case. The
   * store gives the user their role, whatever {@code user} says: {@link ServerRole#OWNER} when no
   * user was stored before, {@link ServerRole#MEMBER} otherwise; a new user is never deactivated.
   */
  boolean insert(UserAccount user);

  Optional<UserAccount> findById(String userId);

  /** Finds a user by name, ignoring case. */
  Optional<UserAccount> findByUsername(String username);

  /** The users of these ids that exist, in no particular order. */
  List<UserAccount> findByIds(Collection<String> userIds);

  /** Users whose name starts with {@code prefix} (case ignored), ordered by name, at most limit. */
  List<UserAccount> searchByPrefix(String prefix, int limit);

  void updateLastSeen(String userId, long epochMillis);

  /** Sets the user's display name; returns false, storing nothing, when there is no such user. */
  boolean updateDisplayName(String userId, String displayName);

  /**
   * Replaces the user's password hash, the user having chosen the password, so no change is
   * required any more; returns false, storing nothing, for an unknown user.
   */
  boolean updatePasswordHash(String userId, String passwordHash);

  /**
   * Replaces the user's password hash with that of a temporary password an admin set, which the
   * user must change at their next login; returns false, storing nothing, for an unknown user.
   */
  boolean resetPassword(String userId, String passwordHash);

  /** Whether the user's password is a temporary one an admin set ({@link #resetPassword}). */
  boolean passwordChangeRequired(String userId);

  /**
   * Makes a user an admin or a member again. Returns false, storing nothing, for an unknown user or
   * the owner, whose role never changes.
   *
   * @throws IllegalArgumentException for {@link ServerRole#OWNER}
   */
  boolean updateRole(String userId, ServerRole role);

  /**
   * Deactivates or reactivates a user. Returns false, storing nothing, for an unknown user or the
   * owner, who cannot be deactivated.
   */
  boolean updateDeactivated(String userId, boolean deactivated);

  /**
   * Deletes an account at its owner's request, for good: it is marked deleted and deactivated, its
   * password hash becomes {@code unusableHash} (which matches no password), and its display name
   * {@link chat.protocol.model.User#DELETED_NAME}. The row stays, so its username stays reserved
   * and its messages keep their sender. A deleted account is never reactivated ({@link
   * #updateDeactivated} returns false for it). Returns false, storing nothing, for an unknown user,
   * a user already deleted or the owner, who cannot be deleted.
   */
  boolean markDeleted(String userId, String unusableHash);

  /** Which of these user ids belong to deleted accounts ({@link #markDeleted}). */
  Set<String> deletedAmong(Collection<String> userIds);
}
