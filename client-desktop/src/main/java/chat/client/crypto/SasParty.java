package chat.client.crypto;

/**
 * One side of a verification: a device and the identity key its user claims, which is what the two
 * people are about to vouch for.
 */
public record SasParty(String userId, String deviceId, byte[] identityKey) {

  public SasParty {
    LittleEndian.requireKeyLength(identityKey, "an identity key");
  }
}
