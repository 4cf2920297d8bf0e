package chat.server.store.embedded;

import chat.protocol.http.BackupItem;
import chat.server.store.KeyBackup;
import chat.server.store.KeyBackupStore;
import java.util.List;
import java.util.Optional;

/**
 * Key backups in {@code key_backups} and {@code key_backup_items} (schema 16); each change is one
 * transaction, so a new version never keeps an item of the old one.
 */
final class EmbeddedKeyBackupStore implements KeyBackupStore {

  private final Database db;

  EmbeddedKeyBackupStore(Database db) {
    this.db = db;
  }

  @Override
  public void create(String userId, String version, String algorithm, String authData) {
    db.inTransaction(
        () -> {
          db.update("DELETE FROM key_backup_items WHERE user_id = ?", userId);
          return db.update(
              "INSERT INTO key_backups (user_id, version, algorithm, auth_data) VALUES (?, ?, ?, ?)"
                  + " ON CONFLICT (user_id) DO UPDATE SET version = excluded.version,"
                  + " algorithm = excluded.algorithm, auth_data = excluded.auth_data",
              userId,
              version,
              algorithm,
              authData);
        });
  }

  @Override
  public Optional<KeyBackup> find(String userId) {
    return db.queryFirst(
        "SELECT version, algorithm, auth_data,"
            + " (SELECT count(*) FROM key_backup_items i WHERE i.user_id = b.user_id)"
            + " FROM key_backups b WHERE user_id = ?",
        row -> new KeyBackup(row.getString(1), row.getString(2), row.getString(3), row.getLong(4)),
        userId);
  }

  @Override
  public ItemsOutcome putItems(
      String userId, String version, List<BackupItem> items, int maxItems) {
    return db.inTransaction(
        () -> {
          Optional<KeyBackup> backup = find(userId);
          if (backup.isEmpty() || !backup.get().version().equals(version)) {
            return ItemsOutcome.STALE;
          }
          long added =
              items.stream()
                  .map(BackupItem::itemId)
                  .distinct()
                  .filter(id -> !has(userId, id))
                  .count();
          if (backup.get().count() + added > maxItems) {
            return ItemsOutcome.FULL;
          }
          for (BackupItem item : items) {
            db.update(
                "INSERT INTO key_backup_items (user_id, item_id, data) VALUES (?, ?, ?)"
                    + " ON CONFLICT (user_id, item_id) DO UPDATE SET data = excluded.data",
                userId,
                item.itemId(),
                item.data());
          }
          return ItemsOutcome.STORED;
        });
  }

  @Override
  public List<BackupItem> items(String userId, String after, int limit) {
    return db.query(
        "SELECT item_id, data FROM key_backup_items WHERE user_id = ? AND item_id > ?"
            + " ORDER BY item_id LIMIT ?",
        row -> new BackupItem(row.getString(1), row.getString(2)),
        userId,
        after,
        limit);
  }

  @Override
  public boolean delete(String userId) {
    return db.inTransaction(
        () -> {
          db.update("DELETE FROM key_backup_items WHERE user_id = ?", userId);
          return db.update("DELETE FROM key_backups WHERE user_id = ?", userId) == 1;
        });
  }

  private boolean has(String userId, String itemId) {
    return db.queryFirst(
            "SELECT 1 FROM key_backup_items WHERE user_id = ? AND item_id = ?",
            row -> true,
            userId,
            itemId)
        .isPresent();
  }
}
