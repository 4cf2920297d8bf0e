package chat.protocol.client;

import chat.protocol.KeyFormats;
import chat.protocol.Require;
import chat.protocol.model.DeviceEnvelope;

/** One message of a {@link DeviceSend}: to device {@code deviceId} of user {@code userId}. */
public record OutgoingDeviceMessage(String userId, String deviceId, DeviceEnvelope body) {

  public OutgoingDeviceMessage {
    Require.id(userId, "userId");
    if (!KeyFormats.isDeviceId(Require.present(deviceId, "deviceId"))) {
      throw Require.invalid("deviceId", "deviceId must be 16..43 base64url characters");
    }
    Require.present(body, "body");
  }
}
