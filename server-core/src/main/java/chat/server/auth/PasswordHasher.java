package chat.server.auth;

import chat.protocol.Limits;
import chat.server.error.ChatException;
import java.nio.charset.StandardCharsets;
import org.mindrot.jbcrypt.BCrypt;

/**
 * bcrypt password hashing. bcrypt reads only the first 72 bytes of a password, so longer ones are
 * rejected at registration rather than silently truncated. A dummy hash of the same cost lets a
 * login for an unknown user take as long as one for a known user.
 */
public final class PasswordHasher {

  private final int cost;
  private final String dummyHash;

  public PasswordHasher(int cost) {
    this.cost = cost;
    this.dummyHash = BCrypt.hashpw("dummy password for timing", BCrypt.gensalt(cost));
  }

  /** Checks the password rules of the protocol, then hashes. */
  public String hash(String password) {
    requireAcceptable(password);
    return BCrypt.hashpw(password, BCrypt.gensalt(cost));
  }

  /** Whether {@code password} matches {@code hash}; false for a password bcrypt would truncate. */
  public boolean matches(String password, String hash) {
    if (utf8Length(password) > Limits.PASSWORD_MAX_UTF8_BYTES) {
      BCrypt.checkpw("", dummyHash);
      return false;
    }
    return BCrypt.checkpw(password, hash);
  }

  /** Spends the time of one check, for a login whose user does not exist. */
  public void matchNothing(String password) {
    BCrypt.checkpw(password.isEmpty() ? "x" : password, dummyHash);
  }

  public static void requireAcceptable(String password) {
    int chars = password.codePointCount(0, password.length());
    if (chars < Limits.PASSWORD_MIN_CHARS || chars > Limits.PASSWORD_MAX_CHARS) {
      throw ChatException.invalidInput(
          "password",
          "password must be "
              + Limits.PASSWORD_MIN_CHARS
              + "–"
              + Limits.PASSWORD_MAX_CHARS
              + " characters");
    }
    if (utf8Length(password) > Limits.PASSWORD_MAX_UTF8_BYTES) {
      throw ChatException.invalidInput(
          "password",
          "password must be at most " + Limits.PASSWORD_MAX_UTF8_BYTES + " bytes in UTF-8");
    }
  }

  private static int utf8Length(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length;
  }
}
