package chat.client.crypto;

import java.util.Optional;

/**
 * Douglas Crockford's base32: the digits and the capital letters without I, L, O and U, so that a
 * key written down and typed back has no two characters alike. Reading is forgiving as his
 * specification asks: lower case is upper case, I and L are 1, O is 0, and spaces and hyphens are
 * ignored.
 */
final class CrockfordBase32 {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private CrockfordBase32() {}

  /** {@code bytes} five bits a character, most significant first, zero bits padding the last. */
  static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = buffer << 8 | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 0x1f));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1f));
    }
    return out.toString();
  }

  /**
   * The {@code length} bytes {@code text} spells, or empty when it holds another character, spells
   * another number of bytes, or its padding bits are not zero (so each byte string has one
   * spelling).
   */
  static Optional<byte[]> decode(String text, int length) {
    byte[] out = new byte[length];
    int buffer = 0;
    int bits = 0;
    int written = 0;
    for (int i = 0; i < text.length(); i++) {
      int value = valueOf(text.charAt(i));
      if (value == SKIP) {
        continue;
      }
      if (value < 0 || written == length && value != 0) {
        return Optional.empty();
      }
      buffer = (buffer << 5 | value) & 0xffff;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        if (written == length) {
          return Optional.empty();
        }
        out[written++] = (byte) (buffer >>> bits);
      }
    }
    boolean paddingIsZero = (buffer & ((1 << bits) - 1)) == 0;
    return written == length && bits < 5 && paddingIsZero ? Optional.of(out) : Optional.empty();
  }

  private static final int SKIP = -2;

  private static int valueOf(char c) {
    char upper = Character.toUpperCase(c);
    return switch (upper) {
      case ' ', '-' -> SKIP;
      case 'I', 'L' -> 1;
      case 'O' -> 0;
      default -> upper < 128 ? ALPHABET.indexOf(upper) : -1;
    };
  }
}
