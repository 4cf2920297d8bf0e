package chat.client.e2ee;

import chat.client.crypto.BackupKey;
import chat.client.crypto.RecoveryKey;
import chat.client.crypto.RoomKey;
import chat.client.crypto.SigningKeyPair;
import chat.client.crypto.store.DeviceKeyStore;
import chat.client.crypto.store.StoreFile;
import chat.client.net.ApiException;
import chat.client.net.Failures;
import chat.client.net.Keys;
import chat.protocol.ErrorCode;
import chat.protocol.http.BackupCreate;
import chat.protocol.http.BackupInfo;
import chat.protocol.http.BackupItem;
import chat.protocol.http.BackupItemsPage;
import chat.protocol.http.BackupItemsUpload;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The user's key backup on the server as this device keeps it: made with a new recovery key by a
 * device that holds the identity key and no backup key of it, added to as the device is given room
 * sessions, and read back whole by a new device given the recovery key. The recovery key is never
 * kept; the backup key derived from it is, sealed in the key store. Blocks on the server's answers
 * and is not thread-safe: {@link EndToEnd} calls it from its one worker.
 */
final class KeyBackup {

  private static final System.Logger LOG = System.getLogger(KeyBackup.class.getName());

  private final Keys keys;
  private final DeviceKeyStore store;
  private final String userId;
  private final Map<String, BackupItem> pending = new LinkedHashMap<>();
  private BackupItems items;

  KeyBackup(Keys keys, DeviceKeyStore store, String userId) throws IOException {
    this.keys = keys;
    this.store = store;
    this.userId = userId;
    this.items =
        store
            .read(StoreFile.BACKUP_KEY)
            .map(s -> new BackupItems(BackupKey.restore(s), userId))
            .orElse(null);
  }

  /** What a backup read with a recovery key gave. */
  sealed interface Opening {
    /**
     * @param identity null when the backup holds no identity key that opens
     * @param unreadable how many items did not open: altered, moved, or not this app's
     */
    record Opened(BackupKey key, SigningKeyPair identity, List<RoomKey> sessions, int unreadable)
        implements Opening {}

    /** The check value says the backup was sealed under another recovery key. */
    record WrongKey() implements Opening {}

    record NoBackup() implements Opening {}
  }

  /**
   * Keeps the backup up to date for a device that holds {@code identity} and {@code sessions}. When
   * the server's backup is this device's and of this identity key, uploads what is queued, and
   * every session again when the backup holds fewer items than they and the identity key (some were
   * kept while an upload failed, or just before the app quit). Otherwise (no backup key held, no
   * backup, another one, one of a replaced identity key) or when {@code anew}, makes a new backup
   * and answers its recovery key. A failure is logged and tried again on the next start.
   */
  Optional<RecoveryKey> keepUp(SigningKeyPair identity, List<RoomKey> sessions, boolean anew)
      throws IOException {
    try {
      Optional<BackupInfo> current =
          anew || items == null
              ? Optional.empty()
              : info().filter(i -> BackupItems.current(items.key(), identity, i.authData()));
      if (current.isEmpty()) {
        return Optional.of(create(identity, sessions));
      }
      if (current.get().count() < sessions.size() + 1) {
        sessions.forEach(this::queue);
      }
      flush();
      return Optional.empty();
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "key backup: not brought up to date, tried again on the next start: "
              + Failures.describe(e));
      return Optional.empty();
    }
  }

  /**
   * Starts a new backup (the server drops any earlier one) holding {@code identity} and {@code
   * sessions}, sealed under a new recovery key, which is returned to be shown once and is kept
   * nowhere. The key store keeps the backup key only once every item is on the server.
   */
  private RecoveryKey create(SigningKeyPair identity, List<RoomKey> sessions) throws IOException {
    RecoveryKey recoveryKey = RecoveryKey.generate();
    BackupKey key = BackupKey.of(recoveryKey);
    BackupItems sealer = new BackupItems(key, userId);
    String version =
        keys.createBackup(
                new BackupCreate(BackupCreate.ALGORITHM, BackupItems.authData(key, identity)))
            .join();
    upload(
        version,
        Stream.concat(Stream.of(sealer.identity(identity)), sessions.stream().map(sealer::session))
            .toList());
    keep(key);
    return recoveryKey;
  }

  /** Keeps {@code key}, read from the backup with the recovery key, to add to that backup. */
  void keep(BackupKey key) throws IOException {
    store.write(StoreFile.BACKUP_KEY, key.state());
    items = new BackupItems(key, userId);
  }

  /** Adds {@code key}, a room session this device now holds, to the next {@link #flush}. */
  void queue(RoomKey key) {
    if (items != null) {
      pending.put(BackupItems.idOf(key), items.session(key));
    }
  }

  /**
   * Uploads what was queued. A failure is logged and keeps it queued for the next flush; a backup
   * that is gone or sealed under another recovery key (made on another device since) is left as it
   * is, and what was queued is dropped.
   */
  void flush() {
    if (pending.isEmpty()) {
      return;
    }
    try {
      Optional<String> version = currentVersion();
      if (version.isPresent()) {
        upload(version.get(), List.copyOf(pending.values()));
      }
      pending.clear();
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "key backup: "
              + pending.size()
              + " items wait for the next upload: "
              + Failures.describe(e));
    }
  }

  /** Reads the whole backup with {@code recoveryKey}, changing nothing. */
  Opening open(RecoveryKey recoveryKey) {
    BackupKey key = BackupKey.of(recoveryKey);
    Optional<BackupInfo> info = info();
    if (info.isEmpty()) {
      return new Opening.NoBackup();
    }
    if (!BackupItems.opens(key, info.get().authData())) {
      return new Opening.WrongKey();
    }
    BackupItems reader = new BackupItems(key, userId);
    SigningKeyPair identity = null;
    List<RoomKey> sessions = new ArrayList<>();
    int unreadable = 0;
    String after = null;
    do {
      BackupItemsPage page = keys.backupItems(info.get().version(), after).join();
      for (BackupItem item : page.items()) {
        switch (reader.open(item).orElse(null)) {
          case BackupItems.Opened.Identity found -> identity = found.identity();
          case BackupItems.Opened.Session found -> sessions.add(found.key());
          case null -> unreadable++;
        }
      }
      after = page.next();
    } while (after != null);
    return new Opening.Opened(key, identity, sessions, unreadable);
  }

  /** The current backup's version when it is sealed under this device's backup key. */
  private Optional<String> currentVersion() {
    return info()
        .filter(info -> BackupItems.opens(items.key(), info.authData()))
        .map(BackupInfo::version);
  }

  private Optional<BackupInfo> info() {
    try {
      return Optional.of(keys.backup().join());
    } catch (RuntimeException e) {
      if (Failures.unwrap(e) instanceof ApiException refused
          && refused.code() == ErrorCode.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private void upload(String version, List<BackupItem> all) {
    for (int from = 0; from < all.size(); from += BackupItemsUpload.MAX_ITEMS) {
      List<BackupItem> batch =
          all.subList(from, Math.min(all.size(), from + BackupItemsUpload.MAX_ITEMS));
      keys.putBackupItems(version, batch).join();
    }
  }
}
