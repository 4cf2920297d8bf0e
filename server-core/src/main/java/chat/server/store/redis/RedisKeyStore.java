package chat.server.store.redis;

import chat.protocol.ProtocolJson;
import chat.protocol.http.DeviceKeys;
import chat.server.store.KeyStore;
import chat.server.store.StoredDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.params.SetParams;

/**
 * Identity keys and devices ({@link DeviceKeyKeys}). A device lives in three slots: its record in
 * the user's devices hash, its claim under its own tag and its session's pointer under the
 * session's; they are written in that order's reverse (claim, pointer, record) and removed in it
 * (record, inbox and claim, pointer), so a record, once readable, always has its claim, and a claim
 * whose record is gone names a device no reader finds. Only one caller wins a claim (SET NX) or
 * takes a session's pointer away (GETDEL), so a device is removed, and reported removed, once.
 */
final class RedisKeyStore implements KeyStore {

  /** A device's entry in its user's hash. */
  private record Entry(String sessionId, DeviceKeys keys) {}

  private final Redis redis;

  RedisKeyStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public Optional<String> identityKey(String userId) {
    return Optional.ofNullable(
        redis.call("read identity key", jedis -> jedis.get(DeviceKeyKeys.identityKey(userId))));
  }

  @Override
  public String setIdentityKeyIfAbsent(String userId, String identityKey) {
    String earlier =
        redis.call(
            "set identity key",
            jedis ->
                jedis.setGet(
                    DeviceKeyKeys.identityKey(userId), identityKey, SetParams.setParams().nx()));
    return earlier == null ? identityKey : earlier;
  }

  @Override
  public List<StoredDevice> replaceIdentityKey(String userId, String identityKey) {
    List<StoredDevice> removed = devices(userId);
    redis.atomically(
        "replace identity key",
        DeviceKeyKeys.identityKey(userId),
        transaction -> {
          transaction.set(DeviceKeyKeys.identityKey(userId), identityKey);
          transaction.del(DeviceKeyKeys.devices(userId));
        });
    removed.forEach(this::forget);
    return removed;
  }

  @Override
  public DeviceClaim putDevice(StoredDevice device) {
    String claim = device.sessionId() + " " + device.userId();
    String holder =
        redis.call(
            "claim device id",
            jedis ->
                jedis.setGet(
                    DeviceKeyKeys.deviceClaim(device.deviceId()),
                    claim,
                    SetParams.setParams().nx()));
    if (holder != null && !holder.equals(claim)) {
      return DeviceClaim.TAKEN;
    }
    String earlier =
        redis.call(
            "point session at device",
            jedis ->
                jedis.setGet(DeviceKeyKeys.sessionDevice(device.sessionId()), device.deviceId()));
    if (earlier != null && !earlier.equals(device.deviceId())) {
      redis.call(
          "remove replaced device",
          jedis -> jedis.hdel(DeviceKeyKeys.devices(device.userId()), earlier));
      release(earlier);
    }
    redis.call(
        "store device",
        jedis ->
            jedis.hset(
                DeviceKeyKeys.devices(device.userId()),
                device.deviceId(),
                ProtocolJson.encode(new Entry(device.sessionId(), device.keys()))));
    return DeviceClaim.STORED;
  }

  @Override
  public Optional<StoredDevice> removeDeviceOfSession(String sessionId) {
    String deviceId =
        redis.call(
            "take session's device", jedis -> jedis.getDel(DeviceKeyKeys.sessionDevice(sessionId)));
    if (deviceId == null) {
      return Optional.empty();
    }
    Optional<StoredDevice> device = device(deviceId);
    device.ifPresent(
        gone ->
            redis.call(
                "remove device",
                jedis -> jedis.hdel(DeviceKeyKeys.devices(gone.userId()), deviceId)));
    release(deviceId);
    return device;
  }

  @Override
  public List<StoredDevice> devices(String userId) {
    Map<String, String> entries =
        redis.call("read devices", jedis -> jedis.hgetAll(DeviceKeyKeys.devices(userId)));
    List<StoredDevice> devices = new ArrayList<>();
    entries.values().forEach(json -> devices.add(device(userId, json)));
    return devices;
  }

  @Override
  public Optional<StoredDevice> device(String deviceId) {
    String claim =
        redis.call("read device claim", jedis -> jedis.get(DeviceKeyKeys.deviceClaim(deviceId)));
    if (claim == null) {
      return Optional.empty();
    }
    String userId = claim.substring(claim.indexOf(' ') + 1);
    String json =
        redis.call("read device", jedis -> jedis.hget(DeviceKeyKeys.devices(userId), deviceId));
    return Optional.ofNullable(json).map(entry -> device(userId, entry));
  }

  @Override
  public Optional<StoredDevice> deviceOfSession(String sessionId) {
    String deviceId =
        redis.call(
            "read session's device", jedis -> jedis.get(DeviceKeyKeys.sessionDevice(sessionId)));
    return deviceId == null
        ? Optional.empty()
        : device(deviceId).filter(device -> device.sessionId().equals(sessionId));
  }

  /** Drops the inbox and then the claim of a device whose record is gone (one slot, one DEL). */
  private void release(String deviceId) {
    redis.call(
        "release device",
        jedis ->
            jedis.del(
                DeviceKeyKeys.inbox(deviceId),
                DeviceKeyKeys.inboxSeq(deviceId),
                DeviceKeyKeys.deviceClaim(deviceId)));
  }

  /** Drops the claim, the inbox and the session's pointer of a device whose record is gone. */
  private void forget(StoredDevice device) {
    release(device.deviceId());
    redis.call(
        "unpoint session", jedis -> jedis.del(DeviceKeyKeys.sessionDevice(device.sessionId())));
  }

  private static StoredDevice device(String userId, String json) {
    Entry entry = ProtocolJson.decode(json, Entry.class);
    return new StoredDevice(userId, entry.sessionId(), entry.keys());
  }
}
