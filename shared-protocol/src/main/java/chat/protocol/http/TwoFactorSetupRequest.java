package chat.protocol.http;

/**
 * The body of {@code POST /api/auth/2fa/setup}: the caller's current password with a bearer token,
 * so that a stolen access token alone cannot put an attacker's authenticator on the account; or,
 * without a bearer token, the token of a login answered {@code SECOND_FACTOR_SETUP_REQUIRED}, whose
 * password was just checked.
 */
public record TwoFactorSetupRequest(String token, String password) {

  /** With a bearer token: the current password. */
  public static TwoFactorSetupRequest withPassword(String password) {
    return new TwoFactorSetupRequest(null, password);
  }

  /** Without one: the setup token of the stopped login. */
  public static TwoFactorSetupRequest withToken(String token) {
    return new TwoFactorSetupRequest(token, null);
  }

  /** Keeps the token and the password out of logs. */
  @Override
  public String toString() {
    return "TwoFactorSetupRequest[<redacted>]";
  }
}
