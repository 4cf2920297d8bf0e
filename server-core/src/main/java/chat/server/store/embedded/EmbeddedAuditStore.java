package chat.server.store.embedded;

import chat.protocol.http.AuditEntry;
import chat.protocol.model.AuditAction;
import chat.server.store.AuditStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The audit log in {@code audit_log}, whose AUTOINCREMENT key is the entry's id. */
final class EmbeddedAuditStore implements AuditStore {

  private final Database db;

  EmbeddedAuditStore(Database db) {
    this.db = db;
  }

  @Override
  public AuditEntry append(AuditEntry entry) {
    long id =
        db.inTransaction(
            () -> {
              db.update(
                  "INSERT INTO audit_log (at, action, actor_id, target, detail, address)"
                      + " VALUES (?, ?, ?, ?, ?, ?)",
                  entry.at(),
                  entry.action().name(),
                  entry.actorId(),
                  entry.target(),
                  entry.detail(),
                  entry.address());
              return db.queryFirst("SELECT last_insert_rowid()", row -> row.getLong(1))
                  .orElseThrow();
            });
    return new AuditEntry(
        id,
        entry.at(),
        entry.action(),
        entry.actorId(),
        entry.target(),
        entry.detail(),
        entry.address());
  }

  @Override
  public List<AuditEntry> page(long before, int limit) {
    return db.query(
        "SELECT id, at, action, actor_id, target, detail, address FROM audit_log"
            + " WHERE id < ? ORDER BY id DESC LIMIT ?",
        EmbeddedAuditStore::entry,
        before,
        limit);
  }

  @Override
  public int removeOlderThan(long cutoff) {
    return db.update("DELETE FROM audit_log WHERE at < ?", cutoff);
  }

  private static AuditEntry entry(ResultSet row) throws SQLException {
    return new AuditEntry(
        row.getLong("id"),
        row.getLong("at"),
        AuditAction.valueOf(row.getString("action")),
        row.getString("actor_id"),
        row.getString("target"),
        row.getString("detail"),
        row.getString("address"));
  }
}
