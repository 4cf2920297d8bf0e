package chat.server.store;

import java.util.List;
import java.util.Optional;

/** Login sessions and the refresh-token family of each. */
public interface SessionStore {

  void insert(Session session);

  Optional<Session> find(String sessionId);

  /** The user's sessions that are neither revoked nor expired at {@code now}, newest first. */
  List<Session> listLive(String userId, long now);

  /**
   * Replaces the session's refresh token id with {@code newTokenId}, atomically, only if the
   * session is live at {@code now} and its current id is {@code expectedTokenId}. Also moves {@code
   * lastUsedAt} to now and {@code expiresAt} to {@code newExpiresAt}.
   *
   * @return false, changing nothing, when the session is revoked, expired, or already rotated
   */
  boolean rotate(
      String sessionId, String expectedTokenId, String newTokenId, long now, long newExpiresAt);

  /**
   * Revokes the session at {@code now}.
   *
   * @return true if it was not revoked before
   */
  boolean revoke(String sessionId, long now);
}
