package chat.server.store.embedded;

import chat.protocol.http.Invite;
import chat.protocol.model.RegistrationMode;
import chat.server.store.InviteUse;
import chat.server.store.RegistrationStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The mode in {@code server_settings}, the invites in {@code invites}. A use is taken by one
 * conditional UPDATE, which SQLite runs alone, so the last use goes to exactly one registration;
 * only when it changes nothing is the invite read again to tell why.
 */
final class EmbeddedRegistrationStore implements RegistrationStore {

  private static final String MODE = "registration_mode";
  private static final String INSERT_INVITE =
      "INSERT INTO invites (code, created_by, created_at, expires_at, max_uses, used, room_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT_INVITE =
      "SELECT code, created_by, created_at, expires_at, max_uses, used, room_id FROM invites";

  private final Database db;

  EmbeddedRegistrationStore(Database db) {
    this.db = db;
  }

  @Override
  public Optional<RegistrationMode> mode() {
    return db.queryFirst(
        "SELECT value FROM server_settings WHERE name = ?",
        row -> RegistrationMode.valueOf(row.getString(1)),
        MODE);
  }

  @Override
  public void setMode(RegistrationMode mode) {
    db.update(
        "INSERT INTO server_settings (name, value) VALUES (?, ?)"
            + " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        MODE,
        mode.name());
  }

  @Override
  public void insertInvite(Invite invite) {
    db.update(
        INSERT_INVITE,
        invite.code(),
        invite.createdBy(),
        invite.createdAt(),
        invite.expiresAt(),
        invite.maxUses(),
        invite.used(),
        invite.roomId());
  }

  @Override
  public List<Invite> invites(int limit) {
    return db.query(
        SELECT_INVITE + " ORDER BY created_at DESC, code LIMIT ?",
        EmbeddedRegistrationStore::invite,
        limit);
  }

  @Override
  public List<Invite> invitesOfRoom(String roomId, int limit) {
    return db.query(
        SELECT_INVITE + " WHERE room_id = ? ORDER BY created_at DESC, code LIMIT ?",
        EmbeddedRegistrationStore::invite,
        roomId,
        limit);
  }

  @Override
  public Optional<Invite> invite(String code) {
    return db.queryFirst(
        SELECT_INVITE + " WHERE code = ?", EmbeddedRegistrationStore::invite, code);
  }

  @Override
  public boolean revokeInvite(String code) {
    return db.update("DELETE FROM invites WHERE code = ?", code) == 1;
  }

  @Override
  public InviteUse useInvite(String code, long now) {
    int taken =
        db.update(
            "UPDATE invites SET used = used + 1 WHERE code = ? AND expires_at > ? AND used < max_uses",
            code,
            now);
    if (taken == 1) {
      return InviteUse.ADMITTED;
    }
    return db.queryFirst(
            "SELECT expires_at FROM invites WHERE code = ?",
            row -> row.getLong(1) <= now ? InviteUse.EXPIRED : InviteUse.USED_UP,
            code)
        .orElse(InviteUse.UNKNOWN);
  }

  @Override
  public void returnInvite(String code) {
    db.update("UPDATE invites SET used = used - 1 WHERE code = ? AND used > 0", code);
  }

  private static Invite invite(ResultSet row) throws SQLException {
    return new Invite(
        row.getString("code"),
        row.getString("created_by"),
        row.getLong("created_at"),
        row.getLong("expires_at"),
        row.getInt("max_uses"),
        row.getInt("used"),
        row.getString("room_id"));
  }
}
