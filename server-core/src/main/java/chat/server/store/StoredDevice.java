package chat.server.store;

import chat.protocol.http.DeviceKeys;

/**
 * A device as stored: its published record ({@link DeviceKeys}), the user it belongs to and the
 * session that registered it, which it lives and dies with.
 */
public record StoredDevice(String userId, String sessionId, DeviceKeys keys) {

  public String deviceId() {
    return keys.deviceId();
  }
}
