package chat.protocol.http;

import chat.protocol.Require;

/**
 * The body of {@code POST /api/auth/2fa/disable}: the account's password and a current code (or a
 * recovery code).
 */
public record TwoFactorDisable(String password, String code) {

  public TwoFactorDisable {
    Require.present(password, "password");
    Require.present(code, "code");
  }

  /** Keeps the password and code out of logs. */
  @Override
  public String toString() {
    return "TwoFactorDisable[<redacted>]";
  }
}
