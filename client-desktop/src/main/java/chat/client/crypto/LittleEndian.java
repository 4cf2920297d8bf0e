package chat.client.crypto;

import java.math.BigInteger;

/**
 * Curve25519 keys travel as 32 bytes, least significant byte first (RFC 7748 §5, RFC 8032 §5.1.2),
 * while the JDK's key specs hold their coordinates as {@link BigInteger}s: these turn one into the
 * other.
 */
final class LittleEndian {

  static final int KEY_LENGTH = 32;

  private LittleEndian() {}

  static BigInteger toInteger(byte[] littleEndian) {
    byte[] bigEndian = new byte[littleEndian.length];
    for (int i = 0; i < littleEndian.length; i++) {
      bigEndian[i] = littleEndian[littleEndian.length - 1 - i];
    }
    return new BigInteger(1, bigEndian);
  }

  /** {@code value} as {@value #KEY_LENGTH} bytes, least significant first. */
  static byte[] toBytes(BigInteger value) {
    if (value.signum() < 0 || value.bitLength() > KEY_LENGTH * 8) {
      throw new IllegalArgumentException("does not fit in " + KEY_LENGTH + " bytes");
    }
    byte[] bigEndian = value.toByteArray();
    byte[] littleEndian = new byte[KEY_LENGTH];
    for (int i = 0; i < bigEndian.length && i < KEY_LENGTH; i++) {
      littleEndian[i] = bigEndian[bigEndian.length - 1 - i];
    }
    return littleEndian;
  }

  static void requireKeyLength(byte[] key, String what) {
    if (key.length != KEY_LENGTH) {
      throw new IllegalArgumentException(what + " must be " + KEY_LENGTH + " bytes");
    }
  }
}
