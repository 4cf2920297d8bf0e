package chat.client.e2ee;

import chat.client.crypto.DeviceAddress;
import chat.client.crypto.RoomKey;
import chat.client.crypto.SessionId;
import chat.protocol.Base64Url;
import chat.protocol.ProtocolJson;
import java.io.IOException;
import java.util.Optional;

/**
 * The payload of a {@code room_key} envelope: a {@link RoomKey} as JSON, {@code {"type":"room_key",
 * "roomId","sessionId","senderUserId","senderDeviceId","signingKey","chainKey","index"}}.
 */
record RoomKeyPayload(
    String type,
    String roomId,
    String sessionId,
    String senderUserId,
    String senderDeviceId,
    String signingKey,
    String chainKey,
    int index) {

  static final String TYPE = "room_key";

  static byte[] encode(RoomKey key) {
    RoomKeyPayload payload =
        new RoomKeyPayload(
            TYPE,
            key.roomId(),
            key.sessionId().text(),
            key.sender().userId(),
            key.sender().deviceId(),
            Base64Url.encode(key.signingKey()),
            Base64Url.encode(key.chainKey()),
            key.index());
    try {
      return ProtocolJson.mapper().writeValueAsBytes(payload);
    } catch (IOException e) {
      throw new IllegalStateException("a room key did not write as JSON", e);
    }
  }

  /** The room key {@code payload} carries, or empty when it is something else or malformed. */
  static Optional<RoomKey> decode(byte[] payload) {
    try {
      RoomKeyPayload read = ProtocolJson.mapper().readValue(payload, RoomKeyPayload.class);
      if (!TYPE.equals(read.type())) {
        return Optional.empty();
      }
      return Optional.of(
          new RoomKey(
              read.roomId(),
              new DeviceAddress(read.senderUserId(), read.senderDeviceId()),
              SessionId.parse(read.sessionId()),
              WireKeys.bytes(read.signingKey()),
              WireKeys.bytes(read.chainKey()),
              read.index()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
