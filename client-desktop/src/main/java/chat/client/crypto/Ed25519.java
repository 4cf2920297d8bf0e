package chat.client.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;

/**
 * Ed25519 (RFC 8032) on the JDK's implementation, with keys as the raw 32 bytes the wire carries.
 * The JDK holds a public key as a point (the sign of x and y as an integer); the raw encoding is y
 * little-endian with x's sign in the top bit of the last byte (RFC 8032 §5.1.2).
 */
public final class Ed25519 {

  static final int SIGNATURE_LENGTH = 64;
  private static final String ALGORITHM = "Ed25519";
  private static final int SIGN_BIT = 0x80;

  private Ed25519() {}

  static SigningKeyPair generate() {
    KeyPair pair = JdkKeys.generate(ALGORITHM);
    byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
    return new SigningKeyPair(seed, rawPublicKey((EdECPublicKey) pair.getPublic()));
  }

  public static byte[] sign(byte[] seed, byte[] message) {
    try {
      Signature signer = Signature.getInstance(ALGORITHM);
      signer.initSign(privateKey(seed));
      signer.update(message);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  /** False for a bad signature, and for a public key or signature that is no such thing. */
  public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
    if (publicKey.length != LittleEndian.KEY_LENGTH || signature.length != SIGNATURE_LENGTH) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance(ALGORITHM);
      verifier.initVerify(publicKey(publicKey));
      verifier.update(message);
      return verifier.verify(signature);
    } catch (InvalidKeyException | InvalidKeySpecException | SignatureException e) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is missing from this JDK", e);
    }
  }

  static PrivateKey privateKey(byte[] seed) throws GeneralSecurityException {
    LittleEndian.requireKeyLength(seed, "an Ed25519 seed");
    return JdkKeys.factory(ALGORITHM)
        .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
  }

  static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
    LittleEndian.requireKeyLength(raw, "an Ed25519 public key");
    byte[] y = raw.clone();
    boolean xOdd = (y[y.length - 1] & SIGN_BIT) != 0;
    y[y.length - 1] &= (byte) ~SIGN_BIT;
    EdECPoint point = new EdECPoint(xOdd, LittleEndian.toInteger(y));
    return JdkKeys.factory(ALGORITHM)
        .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
  }

  static byte[] rawPublicKey(EdECPublicKey key) {
    BigInteger y = key.getPoint().getY();
    byte[] raw = LittleEndian.toBytes(y);
    if (key.getPoint().isXOdd()) {
      raw[raw.length - 1] |= (byte) SIGN_BIT;
    }
    return raw;
  }
}
