package chat.client.e2ee;

import chat.client.crypto.RoomKey;
import chat.protocol.ProtocolJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;

/** What a device message carries, told apart by its payload's {@code type}. */
sealed interface DevicePayload permits DevicePayload.RoomKeyShared, VerificationStep {

  /** A {@code room_key}: a session of a room, see {@link RoomKeyPayload}. */
  record RoomKeyShared(RoomKey key) implements DevicePayload {}

  /** The payload {@code bytes} carries, or empty when its type is unknown or it is malformed. */
  static Optional<DevicePayload> decode(byte[] bytes) {
    JsonNode tree;
    try {
      tree = ProtocolJson.mapper().readTree(bytes);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (tree == null || !tree.isObject()) {
      return Optional.empty();
    }
    if (RoomKeyPayload.TYPE.equals(tree.path("type").asText())) {
      return RoomKeyPayload.decode(bytes).map(RoomKeyShared::new);
    }
    return VerificationStep.decode(tree).map(DevicePayload.class::cast);
  }
}
