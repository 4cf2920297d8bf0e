package chat.server.store;

import chat.protocol.http.BackupItem;
import java.util.List;
import java.util.Optional;

/**
 * Each user's key backup (docs/E2EE.md, "Key backup"): one version at a time, and the items the
 * client sealed for it. The store reads none of it.
 */
public interface KeyBackupStore {

  /** What {@link #putItems} did. */
  enum ItemsOutcome {
    STORED,
    /** {@code version} is not the user's backup now: nothing stored. */
    STALE,
    /** The backup would hold more items than allowed: nothing stored. */
    FULL
  }

  /** Starts a backup of {@code version} in place of the user's earlier one and its items. */
  void create(String userId, String version, String algorithm, String authData);

  Optional<KeyBackup> find(String userId);

  /**
   * Stores the items in the backup of {@code version}, each in place of an item of the same id,
   * unless the backup would then hold more than {@code maxItems}.
   */
  ItemsOutcome putItems(String userId, String version, List<BackupItem> items, int maxItems);

  /** The backup's items with an id after {@code after} ("" for the first), by id, at most limit. */
  List<BackupItem> items(String userId, String after, int limit);

  /**
   * Deletes the user's backup and its items.
   *
   * @return whether there was one
   */
  boolean delete(String userId);
}
