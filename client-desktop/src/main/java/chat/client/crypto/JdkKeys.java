package chat.client.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

/**
 * The JDK's key generators and factories by name. Every JDK 25 has Ed25519 and X25519, so their
 * absence is a broken runtime, not a case for callers to handle.
 */
final class JdkKeys {

  private JdkKeys() {}

  static KeyPair generate(String algorithm) {
    try {
      return KeyPairGenerator.getInstance(algorithm).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is missing from this JDK", e);
    }
  }

  static KeyFactory factory(String algorithm) {
    try {
      return KeyFactory.getInstance(algorithm);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is missing from this JDK", e);
    }
  }
}
