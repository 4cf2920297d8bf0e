package chat.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Random secrets handed out once (recovery codes, second-step tokens) and the one way they are
 * stored: the hex SHA-256 of the text. A fast hash is enough here, unlike for passwords: each
 * secret carries at least 80 random bits, far beyond what any number of hash guesses could find,
 * and checking ten codes with bcrypt at every attempt would make the second step slow for nothing
 * (decision record 0014).
 */
final class OneTimeSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimeSecrets() {}

  /** {@code count} random bytes. */
  static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** The stored form of a secret: its hex SHA-256. */
  static String hash(String secret) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
