package chat.client.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.XECPrivateKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import javax.crypto.KeyAgreement;

/**
 * X25519 (RFC 7748) on the JDK's implementation, with keys as raw 32 little-endian bytes. The JDK
 * holds a public key as the integer u; on the way in, the top bit of the last byte is cleared, as
 * RFC 7748 §5 says an implementation of X25519 must.
 */
public final class X25519 {

  private static final String ALGORITHM = "X25519";
  private static final byte[] BASE_POINT = LittleEndian.toBytes(BigInteger.valueOf(9));

  private X25519() {}

  static AgreementKeyPair generate() {
    KeyPair pair = JdkKeys.generate(ALGORITHM);
    byte[] scalar = ((XECPrivateKey) pair.getPrivate()).getScalar().orElseThrow();
    return new AgreementKeyPair(scalar, rawPublicKey((XECPublicKey) pair.getPublic()));
  }

  /**
   * The shared secret {@code X25519(privateKey, publicKey)}.
   *
   * @throws IllegalArgumentException when {@code publicKey} is a point of small order, whose shared
   *     secret would be all zeros (RFC 7748 §6.1): only a hostile peer sends one
   */
  public static byte[] agree(byte[] privateKey, byte[] publicKey) {
    try {
      KeyAgreement agreement = KeyAgreement.getInstance(ALGORITHM);
      agreement.init(privateKey(privateKey));
      agreement.doPhase(publicKey(publicKey), true);
      return agreement.generateSecret();
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("not a usable X25519 public key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("X25519 is missing from this JDK", e);
    }
  }

  /** The public key of {@code privateKey}: X25519 with the base point u = 9 (RFC 7748 §6.1). */
  public static byte[] publicKeyOf(byte[] privateKey) {
    return agree(privateKey, BASE_POINT);
  }

  static PrivateKey privateKey(byte[] raw) throws GeneralSecurityException {
    LittleEndian.requireKeyLength(raw, "an X25519 private key");
    return JdkKeys.factory(ALGORITHM)
        .generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, raw));
  }

  static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
    LittleEndian.requireKeyLength(raw, "an X25519 public key");
    byte[] u = raw.clone();
    u[u.length - 1] &= 0x7f;
    return JdkKeys.factory(ALGORITHM)
        .generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, LittleEndian.toInteger(u)));
  }

  static byte[] rawPublicKey(XECPublicKey key) {
    return LittleEndian.toBytes(key.getU());
  }
}
