package chat.server.store.embedded;

import chat.protocol.model.ServerRole;
import chat.protocol.model.User;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Users in the {@code users} table; {@code username_key} makes names unique in any case, and a
 * partial unique index allows one owner. The insert chooses the role in the same statement that
 * stores the user: SQLite runs one write at a time, so the first of two racing registrations sees
 * an empty table and the second does not.
 */
final class EmbeddedUserStore implements UserStore {

  private static final String SELECT =
      "SELECT user_id, username, password_hash, created_at, last_seen, display_name, role,"
          + " deactivated FROM users ";

  private final Database db;

  EmbeddedUserStore(Database db) {
    this.db = db;
  }

  /** A taken name is an ordinary outcome, so it is skipped by the insert, not caught. */
  @Override
  public boolean insert(UserAccount user) {
    return db.update(
            "INSERT INTO users (user_id, username, username_key, password_hash, created_at,"
                + " last_seen, role) SELECT ?, ?, ?, ?, ?, ?, CASE WHEN EXISTS (SELECT 1 FROM"
                + " users) THEN 'MEMBER' ELSE 'OWNER' END WHERE true"
                + " ON CONFLICT (username_key) DO NOTHING",
            user.userId(),
            user.username(),
            CaseKey.of(user.username()),
            user.passwordHash(),
            user.createdAt(),
            user.lastSeen())
        == 1;
  }

  @Override
  public Optional<UserAccount> findById(String userId) {
    return db.queryFirst(SELECT + "WHERE user_id = ?", EmbeddedUserStore::user, userId);
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return db.queryFirst(
        SELECT + "WHERE username_key = ?", EmbeddedUserStore::user, CaseKey.of(username));
  }

  @Override
  public List<UserAccount> findByIds(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    String placeholders = String.join(", ", Collections.nCopies(userIds.size(), "?"));
    return db.query(
        SELECT + "WHERE user_id IN (" + placeholders + ")",
        EmbeddedUserStore::user,
        userIds.toArray());
  }

  /**
   * A GLOB on the indexed key, which SQLite turns into a range scan of the index; unlike LIKE, GLOB
   * is case-sensitive, which is what the already folded key needs.
   */
  @Override
  public List<UserAccount> searchByPrefix(String prefix, int limit) {
    return db.query(
        SELECT + "WHERE username_key GLOB ? ORDER BY username_key LIMIT ?",
        EmbeddedUserStore::user,
        globLiteral(CaseKey.of(prefix)) + "*",
        limit);
  }

  @Override
  public void updateLastSeen(String userId, long epochMillis) {
    db.update("UPDATE users SET last_seen = ? WHERE user_id = ?", epochMillis, userId);
  }

  @Override
  public boolean updateDisplayName(String userId, String displayName) {
    return db.update("UPDATE users SET display_name = ? WHERE user_id = ?", displayName, userId)
        == 1;
  }

  @Override
  public boolean updatePasswordHash(String userId, String passwordHash) {
    return db.update(
            "UPDATE users SET password_hash = ?, password_change_required = 0 WHERE user_id = ?",
            passwordHash,
            userId)
        == 1;
  }

  @Override
  public boolean resetPassword(String userId, String passwordHash) {
    return db.update(
            "UPDATE users SET password_hash = ?, password_change_required = 1 WHERE user_id = ?",
            passwordHash,
            userId)
        == 1;
  }

  @Override
  public boolean passwordChangeRequired(String userId) {
    return db.queryFirst(
            "SELECT password_change_required FROM users WHERE user_id = ?",
            row -> row.getInt(1) == 1,
            userId)
        .orElse(false);
  }

  @Override
  public boolean updateRole(String userId, ServerRole role) {
    String stored =
        switch (role) {
          case OWNER -> throw new IllegalArgumentException("the owner is chosen once, at insert");
          case ADMIN, MEMBER -> role.name();
        };
    return db.update(
            "UPDATE users SET role = ? WHERE user_id = ? AND role <> 'OWNER'", stored, userId)
        == 1;
  }

  @Override
  public boolean updateDeactivated(String userId, boolean deactivated) {
    return db.update(
            "UPDATE users SET deactivated = ? WHERE user_id = ? AND role <> 'OWNER'"
                + " AND deleted = 0",
            deactivated ? 1 : 0,
            userId)
        == 1;
  }

  @Override
  public boolean markDeleted(String userId, String unusableHash) {
    return db.update(
            "UPDATE users SET deleted = 1, deactivated = 1, password_hash = ?, display_name = ?"
                + " WHERE user_id = ? AND role <> 'OWNER' AND deleted = 0",
            unusableHash,
            User.DELETED_NAME,
            userId)
        == 1;
  }

  @Override
  public Set<String> deletedAmong(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Set.of();
    }
    String placeholders = String.join(", ", Collections.nCopies(userIds.size(), "?"));
    return Set.copyOf(
        db.query(
            "SELECT user_id FROM users WHERE deleted = 1 AND user_id IN (" + placeholders + ")",
            row -> row.getString("user_id"),
            userIds.toArray()));
  }

  /** Escapes GLOB's wildcards by putting each in a one-character class. */
  private static String globLiteral(String text) {
    return text.replaceAll("([*?\\[])", "[$1]");
  }

  private static UserAccount user(ResultSet row) throws SQLException {
    return new UserAccount(
        row.getString("user_id"),
        row.getString("username"),
        row.getString("password_hash"),
        row.getLong("created_at"),
        row.getLong("last_seen"),
        row.getString("display_name"),
        ServerRole.valueOf(row.getString("role")),
        row.getInt("deactivated") == 1);
  }
}
