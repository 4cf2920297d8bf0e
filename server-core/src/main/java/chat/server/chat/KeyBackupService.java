package chat.server.chat;

import chat.protocol.ErrorCode;
import chat.protocol.ProtocolJson;
import chat.protocol.http.BackupCreate;
import chat.protocol.http.BackupInfo;
import chat.protocol.http.BackupItem;
import chat.protocol.http.BackupItemsPage;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.id.Ids;
import chat.server.store.KeyBackup;
import chat.server.store.KeyBackupStore;
import chat.server.store.StorePorts;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The caller's key backup (docs/E2EE.md, "Key backup"): items the client sealed under a key the
 * server never sees, kept under one version at a time. Each user reaches only their own.
 */
public final class KeyBackupService {

  /** The most items one user's backup holds. */
  public static final int MAX_ITEMS = 100_000;

  /** The most items one page answers, and what it answers without a limit. */
  public static final int PAGE = 100;

  private final KeyBackupStore backups;

  public KeyBackupService(StorePorts stores) {
    this.backups = stores.backups();
  }

  /** Starts a new version of the caller's backup, dropping the earlier one and its items. */
  public String create(AuthenticatedUser caller, BackupCreate backup) {
    String version = Ids.backupVersion();
    backups.create(
        caller.userId(), version, backup.algorithm(), ProtocolJson.encode(backup.authData()));
    return version;
  }

  /**
   * @throws ChatException {@code NOT_FOUND} when the caller has no backup
   */
  public BackupInfo find(AuthenticatedUser caller) {
    KeyBackup backup = existing(caller);
    return new BackupInfo(
        backup.version(),
        backup.algorithm(),
        ProtocolJson.decode(backup.authData(), JsonNode.class),
        backup.count());
  }

  /**
   * Stores items in the backup of {@code version}, each in place of an item of the same id.
   *
   * @throws ChatException {@code INVALID_INPUT} (field {@code version}) when that is not the
   *     caller's backup now; {@code PAYLOAD_TOO_LARGE} when the backup would hold more than {@value
   *     #MAX_ITEMS} items
   */
  public BackupInfo putItems(AuthenticatedUser caller, String version, List<BackupItem> items) {
    switch (backups.putItems(caller.userId(), version, items, MAX_ITEMS)) {
      case STORED -> {}
      case STALE -> throw staleVersion();
      case FULL ->
          throw new ChatException(
              ErrorCode.PAYLOAD_TOO_LARGE, "a backup holds at most " + MAX_ITEMS + " items");
    }
    return find(caller);
  }

  /**
   * A page of the backup's items by id, after {@code after} (null: from the first).
   *
   * @param limit as the query gave it: 1..{@value #PAGE}, null for {@value #PAGE}
   * @throws ChatException {@code NOT_FOUND} without a backup, {@code INVALID_INPUT} (field {@code
   *     version}) when that is not the caller's backup now, (field {@code limit}) for a limit out
   *     of range or not a number
   */
  public BackupItemsPage items(
      AuthenticatedUser caller, String version, String after, String limitAsked) {
    int limit = pageSize(limitAsked);
    if (!existing(caller).version().equals(version)) {
      throw staleVersion();
    }
    List<BackupItem> found = backups.items(caller.userId(), after == null ? "" : after, limit + 1);
    boolean more = found.size() > limit;
    List<BackupItem> page = more ? found.subList(0, limit) : found;
    return new BackupItemsPage(page, more ? page.getLast().itemId() : null);
  }

  /**
   * @throws ChatException {@code NOT_FOUND} when the caller has no backup
   */
  public void delete(AuthenticatedUser caller) {
    if (!backups.delete(caller.userId())) {
      throw ChatException.notFound("no key backup");
    }
  }

  private static int pageSize(String asked) {
    if (asked == null) {
      return PAGE;
    }
    try {
      int limit = Integer.parseInt(asked);
      if (limit >= 1 && limit <= PAGE) {
        return limit;
      }
    } catch (NumberFormatException notANumber) {
      // answered below, as a number out of range is
    }
    throw ChatException.invalidInput("limit", "limit must be a number from 1 to " + PAGE);
  }

  private KeyBackup existing(AuthenticatedUser caller) {
    return backups.find(caller.userId()).orElseThrow(() -> ChatException.notFound("no key backup"));
  }

  private static ChatException staleVersion() {
    return ChatException.invalidInput("version", "that is not the current backup's version");
  }
}
