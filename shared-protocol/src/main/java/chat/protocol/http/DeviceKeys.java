package chat.protocol.http;

import chat.protocol.Base64Url;
import chat.protocol.KeyFormats;
import chat.protocol.Require;

/**
 * A device's record (docs/E2EE.md, "Keys"): its id, its Ed25519 signing key and X25519 agreement
 * key, and its owner's identity key's signature over {@code LP("chat-device-v1", userId, deviceId,
 * signingKey, agreementKey)}. The body of {@code PUT /api/keys/device}, and a device in {@code POST
 * /api/keys/query}'s answer.
 */
public record DeviceKeys(
    String deviceId, String signingKey, String agreementKey, String signature) {

  public DeviceKeys {
    if (!KeyFormats.isDeviceId(Require.present(deviceId, "deviceId"))) {
      throw Require.invalid("deviceId", "deviceId must be 16..43 base64url characters");
    }
    Base64Url.exactly(signingKey, "signingKey", "signingKey", KeyFormats.PUBLIC_KEY_BYTES);
    Base64Url.exactly(agreementKey, "agreementKey", "agreementKey", KeyFormats.PUBLIC_KEY_BYTES);
    Base64Url.exactly(signature, "signature", "signature", KeyFormats.SIGNATURE_BYTES);
  }
}
