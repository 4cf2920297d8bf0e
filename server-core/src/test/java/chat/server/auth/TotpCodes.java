package chat.server.auth;

/** What an authenticator app shows for a secret, for tests outside this package. */
public final class TotpCodes {

  private TotpCodes() {}

  /** The code of the step {@code offset} steps from the one {@code epochMillis} falls in. */
  public static String code(String base32Secret, long epochMillis, int offset) {
    return Totp.STANDARD.code(
        Base32.decode(base32Secret), Totp.STANDARD.step(epochMillis) + offset);
  }

  /** The code of the step {@code offset} steps from the current one, by this machine's clock. */
  public static String now(String base32Secret, int offset) {
    return code(base32Secret, System.currentTimeMillis(), offset);
  }
}
