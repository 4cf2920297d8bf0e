package chat.server.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Registered users. Usernames are unique regardless of case. */
public interface UserStore {

  /** Stores a new user; returns false, storing nothing, when the username is taken in any case. */
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

  /** Replaces the user's password hash; returns false, storing nothing, for an unknown user. */
  boolean updatePasswordHash(String userId, String passwordHash);
}
