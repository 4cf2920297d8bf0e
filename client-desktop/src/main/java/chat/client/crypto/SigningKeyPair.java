package chat.client.crypto;

/**
 * An Ed25519 key pair as raw bytes: the 32-byte private seed of RFC 8032 §5.1.5 and the 32-byte
 * encoded public key. Raw bytes are what the wire, the key store and the backup hold.
 */
public record SigningKeyPair(byte[] seed, byte[] publicKey) {

  public SigningKeyPair {
    LittleEndian.requireKeyLength(seed, "an Ed25519 seed");
    LittleEndian.requireKeyLength(publicKey, "an Ed25519 public key");
  }

  public static SigningKeyPair generate() {
    return Ed25519.generate();
  }
}
