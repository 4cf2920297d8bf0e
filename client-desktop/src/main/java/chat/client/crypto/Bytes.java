package chat.client.crypto;

import java.security.SecureRandom;

/** Random bytes from one {@link SecureRandom} for the whole package. */
final class Bytes {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Bytes() {}

  static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
