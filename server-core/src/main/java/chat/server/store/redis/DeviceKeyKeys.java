package chat.server.store.redis;

/**
 * The keys of end-to-end encryption ({@link RedisKeyStore}, {@link RedisDeviceInboxStore}, {@link
 * RedisKeyBackupStore}): a user's identity key, devices and key backup under the user's tag, a
 * device's claim under its own tag, and a session's device under the session's. Kept apart from
 * {@link RedisKeys} because one store owns them; pinned by {@code RedisKeysTest} like every key.
 */
final class DeviceKeyKeys {

  private DeviceKeyKeys() {}

  /** String: the user's identity key (base64url). */
  static String identityKey(String userId) {
    return RedisKeys.tagged("user", userId, "identity-key");
  }

  /**
   * Hash: the user's devices, device id to its record: {@code {"sessionId", "keys": {deviceId,
   * signingKey, agreementKey, signature}}} as JSON.
   */
  static String devices(String userId) {
    return RedisKeys.tagged("user", userId, "devices");
  }

  /**
   * String: {@code sessionId userId} of the session that claimed the device id, set with NX so that
   * one id names one session's device.
   */
  static String deviceClaim(String deviceId) {
    return RedisKeys.tagged("device", deviceId, "claim");
  }

  /**
   * Sorted set: the device's inbox, each message as {@code "id payload"} (the payload JSON: {@code
   * fromUserId, fromDeviceId, body}) scored by its id.
   */
  static String inbox(String deviceId) {
    return RedisKeys.tagged("device", deviceId, "inbox");
  }

  /** String: the last id given in the device's inbox. */
  static String inboxSeq(String deviceId) {
    return RedisKeys.tagged("device", deviceId, "inbox-seq");
  }

  /** Hash: the user's key backup: {@code version, algorithm, authData} (JSON). */
  static String backup(String userId) {
    return RedisKeys.tagged("user", userId, "backup");
  }

  /** Hash: the items of the user's key backup, item id to its data. */
  static String backupItems(String userId) {
    return RedisKeys.tagged("user", userId, "backup-items");
  }

  /** Sorted set: the ids of the backup's items, all scored 0, so read in lexical order. */
  static String backupItemIds(String userId) {
    return RedisKeys.tagged("user", userId, "backup-item-ids");
  }

  /** String: the id of the session's device. */
  static String sessionDevice(String sessionId) {
    return RedisKeys.tagged("session", sessionId, "device");
  }
}
