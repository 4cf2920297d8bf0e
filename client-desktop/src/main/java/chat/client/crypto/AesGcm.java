package chat.client.crypto;

import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM with a 12-byte nonce and a 16-byte tag appended to the ciphertext, on the JDK's {@link
 * Cipher}. The key's length picks AES-128 or AES-256. Every caller uses a key and nonce pair once:
 * a message key is used for one message, a file key's nonces count segments, a backup item gets a
 * random nonce.
 */
public final class AesGcm {

  static final int NONCE_LENGTH = 12;
  static final int TAG_LENGTH = 16;

  private AesGcm() {}

  public static byte[] seal(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext) {
    try {
      return cipher(Cipher.ENCRYPT_MODE, key, nonce, aad).doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM sealing failed", e);
    }
  }

  /** The plaintext, or empty when the tag does not verify: wrong key, nonce, aad or bytes. */
  public static Optional<byte[]> open(byte[] key, byte[] nonce, byte[] aad, byte[] ciphertext) {
    try {
      return Optional.of(cipher(Cipher.DECRYPT_MODE, key, nonce, aad).doFinal(ciphertext));
    } catch (AEADBadTagException e) {
      return Optional.empty();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM opening failed", e);
    }
  }

  private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] aad)
      throws GeneralSecurityException {
    if (nonce.length != NONCE_LENGTH) {
      throw new IllegalArgumentException("an AES-GCM nonce must be " + NONCE_LENGTH + " bytes");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
    cipher.updateAAD(aad);
    return cipher;
  }
}
