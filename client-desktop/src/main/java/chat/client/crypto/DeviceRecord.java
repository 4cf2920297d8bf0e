package chat.client.crypto;

/**
 * A device's public keys as its owner's identity key vouches for them: {@code sig = Ed25519(IK,
 * LP("chat-device-v1", userId, deviceId, DSK.pub, DAK.pub))}. A client uses a device only if its
 * record verifies under the identity key it trusts for that user, so a server that adds a device to
 * someone's list cannot make anyone send to it.
 *
 * @param signingKey the device signing key {@code DSK}, Ed25519, raw
 * @param agreementKey the device agreement key {@code DAK}, X25519, raw
 */
public record DeviceRecord(String userId, String deviceId, byte[] signingKey, byte[] agreementKey) {

  static final String CONTEXT = "chat-device-v1";

  public DeviceRecord {
    LittleEndian.requireKeyLength(signingKey, "a device signing key");
    LittleEndian.requireKeyLength(agreementKey, "a device agreement key");
  }

  public DeviceAddress address() {
    return new DeviceAddress(userId, deviceId);
  }

  /** The signature of this record by {@code identityKey}. */
  public byte[] sign(SigningKeyPair identityKey) {
    return Ed25519.sign(identityKey.seed(), signedBytes());
  }

  public boolean verify(byte[] identityPublicKey, byte[] signature) {
    return Ed25519.verify(identityPublicKey, signedBytes(), signature);
  }

  byte[] signedBytes() {
    return Lp.of(CONTEXT, userId, deviceId, signingKey, agreementKey);
  }
}
