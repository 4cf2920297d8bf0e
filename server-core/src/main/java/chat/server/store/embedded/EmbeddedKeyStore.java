package chat.server.store.embedded;

import chat.protocol.http.DeviceKeys;
import chat.server.store.KeyStore;
import chat.server.store.StoredDevice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Identity keys in {@code identity_keys}, devices in {@code devices} (schema 16), one per session
 * by a unique index; a device's inbox ({@code device_messages}) goes with it. Each change is one
 * transaction.
 */
final class EmbeddedKeyStore implements KeyStore {

  private static final String DEVICE =
      "SELECT device_id, user_id, session_id, signing_key, agreement_key, signature FROM devices ";

  private final Database db;

  EmbeddedKeyStore(Database db) {
    this.db = db;
  }

  @Override
  public Optional<String> identityKey(String userId) {
    return db.queryFirst(
        "SELECT identity_key FROM identity_keys WHERE user_id = ?",
        row -> row.getString(1),
        userId);
  }

  @Override
  public String setIdentityKeyIfAbsent(String userId, String identityKey) {
    return db.inTransaction(
        () -> {
          db.update(
              "INSERT INTO identity_keys (user_id, identity_key) VALUES (?, ?)"
                  + " ON CONFLICT (user_id) DO NOTHING",
              userId,
              identityKey);
          return identityKey(userId).orElseThrow();
        });
  }

  @Override
  public List<StoredDevice> replaceIdentityKey(String userId, String identityKey) {
    return db.inTransaction(
        () -> {
          db.update(
              "INSERT INTO identity_keys (user_id, identity_key) VALUES (?, ?)"
                  + " ON CONFLICT (user_id) DO UPDATE SET identity_key = excluded.identity_key",
              userId,
              identityKey);
          List<StoredDevice> removed = devices(userId);
          removed.forEach(device -> remove(device.deviceId()));
          return removed;
        });
  }

  @Override
  public DeviceClaim putDevice(StoredDevice device) {
    return db.inTransaction(
        () -> {
          Optional<StoredDevice> holder = device(device.deviceId());
          if (holder.isPresent() && !holder.get().sessionId().equals(device.sessionId())) {
            return DeviceClaim.TAKEN;
          }
          deviceOfSession(device.sessionId())
              .filter(earlier -> !earlier.deviceId().equals(device.deviceId()))
              .ifPresent(earlier -> remove(earlier.deviceId()));
          DeviceKeys keys = device.keys();
          db.update(
              "INSERT INTO devices (device_id, user_id, session_id, signing_key, agreement_key,"
                  + " signature) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET"
                  + " signing_key = excluded.signing_key, agreement_key = excluded.agreement_key,"
                  + " signature = excluded.signature",
              keys.deviceId(),
              device.userId(),
              device.sessionId(),
              keys.signingKey(),
              keys.agreementKey(),
              keys.signature());
          return DeviceClaim.STORED;
        });
  }

  @Override
  public Optional<StoredDevice> removeDeviceOfSession(String sessionId) {
    return db.inTransaction(
        () -> {
          Optional<StoredDevice> device = deviceOfSession(sessionId);
          device.ifPresent(gone -> remove(gone.deviceId()));
          return device;
        });
  }

  @Override
  public List<StoredDevice> devices(String userId) {
    return db.query(DEVICE + "WHERE user_id = ?", EmbeddedKeyStore::device, userId);
  }

  @Override
  public Optional<StoredDevice> device(String deviceId) {
    return db.queryFirst(DEVICE + "WHERE device_id = ?", EmbeddedKeyStore::device, deviceId);
  }

  @Override
  public Optional<StoredDevice> deviceOfSession(String sessionId) {
    return db.queryFirst(DEVICE + "WHERE session_id = ?", EmbeddedKeyStore::device, sessionId);
  }

  private void remove(String deviceId) {
    db.update("DELETE FROM device_messages WHERE device_id = ?", deviceId);
    db.update("DELETE FROM devices WHERE device_id = ?", deviceId);
  }

  private static StoredDevice device(ResultSet row) throws SQLException {
    return new StoredDevice(
        row.getString("user_id"),
        row.getString("session_id"),
        new DeviceKeys(
            row.getString("device_id"),
            row.getString("signing_key"),
            row.getString("agreement_key"),
            row.getString("signature")));
  }
}
