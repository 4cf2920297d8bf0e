package chat.client.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.KDF;
import javax.crypto.spec.HKDFParameterSpec;

/** HKDF-SHA256 (RFC 5869), extract then expand, on the JDK's {@link KDF}. */
public final class Hkdf {

  /** The all-zero salt the formats use where they have no salt of their own. */
  static final byte[] ZERO_SALT = new byte[32];

  private Hkdf() {}

  /**
   * @param salt an empty salt means the RFC's default, a hash-length string of zeros
   */
  public static byte[] derive(byte[] ikm, byte[] salt, byte[] info, int length) {
    HKDFParameterSpec.Builder extract = HKDFParameterSpec.ofExtract().addIKM(ikm);
    if (salt.length > 0) {
      extract.addSalt(salt);
    }
    try {
      return KDF.getInstance("HKDF-SHA256").deriveData(extract.thenExpand(info, length));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HKDF-SHA256 is missing from this JDK", e);
    }
  }
}
