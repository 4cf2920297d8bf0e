package chat.client.crypto.store;

import chat.client.crypto.AgreementKeyPair;
import chat.client.crypto.DeviceAddress;
import chat.client.crypto.SigningKeyPair;

/**
 * A device's own keys: its signing key {@code DSK} and agreement key {@code DAK}, and the user's
 * identity key {@code IK} when this device holds it.
 *
 * @param identity null when this device does not hold the user's identity key
 */
public record DeviceKeys(
    String userId,
    String deviceId,
    SigningKeyPair signing,
    AgreementKeyPair agreement,
    SigningKeyPair identity) {

  public DeviceAddress address() {
    return new DeviceAddress(userId, deviceId);
  }
}
