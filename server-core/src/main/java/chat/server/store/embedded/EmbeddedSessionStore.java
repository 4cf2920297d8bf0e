package chat.server.store.embedded;

import chat.server.store.Session;
import chat.server.store.SessionStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Sessions in the {@code sessions} table. */
final class EmbeddedSessionStore implements SessionStore {

  private static final String SELECT =
      "SELECT session_id, user_id, created_at, last_used_at, user_agent, refresh_token_id,"
          + " expires_at, revoked_at FROM sessions ";

  /** Live at the bound time: neither revoked nor expired. */
  private static final String LIVE = " revoked_at = 0 AND expires_at > ? ";

  private final Database db;

  EmbeddedSessionStore(Database db) {
    this.db = db;
  }

  @Override
  public void insert(Session session) {
    db.update(
        "INSERT INTO sessions (session_id, user_id, created_at, last_used_at, user_agent,"
            + " refresh_token_id, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        session.sessionId(),
        session.userId(),
        session.createdAt(),
        session.lastUsedAt(),
        session.userAgent(),
        session.refreshTokenId(),
        session.expiresAt(),
        session.revokedAt());
  }

  @Override
  public Optional<Session> find(String sessionId) {
    return db.queryFirst(SELECT + "WHERE session_id = ?", EmbeddedSessionStore::session, sessionId);
  }

  @Override
  public List<Session> listLive(String userId, long now) {
    return db.query(
        SELECT + "WHERE user_id = ? AND" + LIVE + "ORDER BY created_at DESC, rowid DESC",
        EmbeddedSessionStore::session,
        userId,
        now);
  }

  /**
   * One conditional UPDATE: the check of the expected token id and the swap are a single statement,
   * so of two rotations presenting the same id only the first changes a row.
   */
  @Override
  public boolean rotate(
      String sessionId, String expectedTokenId, String newTokenId, long now, long newExpiresAt) {
    return db.update(
            "UPDATE sessions SET refresh_token_id = ?, last_used_at = ?, expires_at = ?"
                + " WHERE session_id = ? AND refresh_token_id = ? AND"
                + LIVE,
            newTokenId,
            now,
            newExpiresAt,
            sessionId,
            expectedTokenId,
            now)
        == 1;
  }

  @Override
  public boolean revoke(String sessionId, long now) {
    return db.update(
            "UPDATE sessions SET revoked_at = ? WHERE session_id = ? AND revoked_at = 0",
            now,
            sessionId)
        == 1;
  }

  private static Session session(ResultSet row) throws SQLException {
    return new Session(
        row.getString("session_id"),
        row.getString("user_id"),
        row.getLong("created_at"),
        row.getLong("last_used_at"),
        row.getString("user_agent"),
        row.getString("refresh_token_id"),
        row.getLong("expires_at"),
        row.getLong("revoked_at"));
  }
}
