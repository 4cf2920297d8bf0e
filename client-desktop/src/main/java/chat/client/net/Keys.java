package chat.client.net;

import chat.protocol.http.BackupCreate;
import chat.protocol.http.BackupInfo;
import chat.protocol.http.BackupItem;
import chat.protocol.http.BackupItemsPage;
import chat.protocol.http.BackupItemsUpload;
import chat.protocol.http.DeviceKeys;
import chat.protocol.http.IdentityKeyUpdate;
import chat.protocol.http.KeysQuery;
import chat.protocol.http.UserKeys;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The public keys of end-to-end encryption on the server (docs/E2EE.md): this account's identity
 * key, this session's device, the keys of the people it shares rooms with, and the key backup. It
 * carries keys made elsewhere and makes none. Each call completes through the session's {@code fx}
 * executor and fails with {@link OfflineException} when nobody is signed in, as the session's own
 * calls do.
 */
public final class Keys {

  private final Session session;

  Keys(Session session) {
    this.session = session;
  }

  /**
   * Publishes this account's identity key (base64url of its 32 raw bytes); the same key again
   * changes nothing, a different one is refused without {@link #replaceIdentityKey}.
   *
   * @return the identity key the server now holds
   */
  public CompletableFuture<String> setIdentityKey(String identityKey) {
    return identity(new IdentityKeyUpdate(identityKey));
  }

  /**
   * Replaces this account's identity key with the account's password: the server drops every device
   * signed by the old one and tells everyone who shares a room with this account.
   */
  public CompletableFuture<String> replaceIdentityKey(String identityKey, String password) {
    return identity(new IdentityKeyUpdate(identityKey, true, password));
  }

  /** Publishes this session's device, signed by the identity key, in place of its earlier one. */
  public CompletableFuture<DeviceKeys> registerDevice(DeviceKeys device) {
    return session.withToken((rest, token) -> rest.keys().putDevice(token, device));
  }

  /**
   * The keys of those of {@code userIds} this account may see (itself and everyone it shares a room
   * with), in the order asked; the server leaves the others out.
   */
  public CompletableFuture<List<UserKeys>> query(List<String> userIds) {
    KeysQuery query = new KeysQuery(userIds);
    return session.withToken((rest, token) -> rest.keys().query(token, query).users());
  }

  /** Starts a new version of this account's key backup; the earlier one and its items go. */
  public CompletableFuture<String> createBackup(BackupCreate backup) {
    return session.withToken((rest, token) -> rest.keys().createBackup(token, backup).version());
  }

  /** This account's key backup; fails with {@link ApiException} NOT_FOUND when it has none. */
  public CompletableFuture<BackupInfo> backup() {
    return session.withToken((rest, token) -> rest.keys().backup(token));
  }

  /** Stores sealed items in the backup of {@code version}, each in place of one of its id. */
  public CompletableFuture<BackupInfo> putBackupItems(String version, List<BackupItem> items) {
    BackupItemsUpload upload = new BackupItemsUpload(version, items);
    return session.withToken((rest, token) -> rest.keys().putBackupItems(token, upload));
  }

  /** A page of the backup's items by id, after {@code after} (null: from the first). */
  public CompletableFuture<BackupItemsPage> backupItems(String version, String after) {
    return session.withToken((rest, token) -> rest.keys().backupItems(token, version, after));
  }

  /** Deletes this account's key backup. */
  public CompletableFuture<Void> deleteBackup() {
    return session.withToken(
        (rest, token) -> {
          rest.keys().deleteBackup(token);
          return null;
        });
  }

  private CompletableFuture<String> identity(IdentityKeyUpdate update) {
    return session.withToken(
        (rest, token) -> rest.keys().setIdentityKey(token, update).identityKey());
  }
}
