package chat.protocol.http;

import chat.protocol.Require;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code PUT /api/keys/backup/items}: 1..{@value #MAX_ITEMS} items for the backup of
 * {@code version}, each stored in place of an item of the same id.
 */
public record BackupItemsUpload(String version, List<BackupItem> items) {

  /** The most items one upload carries. */
  public static final int MAX_ITEMS = 100;

  public BackupItemsUpload {
    Require.id(version, "version");
    Require.present(items, "items");
    if (items.isEmpty() || items.size() > MAX_ITEMS || items.stream().anyMatch(Objects::isNull)) {
      throw Require.invalid("items", "items must hold 1.." + MAX_ITEMS + " items");
    }
    items = List.copyOf(items);
  }
}
