package chat.client.crypto;

/**
 * An X25519 key pair as raw bytes (RFC 7748 §5): a 32-byte scalar and the 32-byte u-coordinate of
 * its public key, both little-endian. A device's agreement key {@code DAK} and the short code's
 * ephemeral keys are such pairs.
 */
public record AgreementKeyPair(byte[] privateKey, byte[] publicKey) {

  public AgreementKeyPair {
    LittleEndian.requireKeyLength(privateKey, "an X25519 private key");
    LittleEndian.requireKeyLength(publicKey, "an X25519 public key");
  }

  public static AgreementKeyPair generate() {
    return X25519.generate();
  }
}
