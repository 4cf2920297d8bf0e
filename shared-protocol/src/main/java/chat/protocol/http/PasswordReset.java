package chat.protocol.http;

import chat.protocol.Require;

/**
 * The body of {@code POST /api/admin/accounts/{userId}/password}: a temporary password, which must
 * pass the rules of register and which the account must replace at its next login.
 */
public record PasswordReset(String password) {

  public PasswordReset {
    Require.present(password, "password");
  }

  /** Keeps the password out of logs. */
  @Override
  public String toString() {
    return "PasswordReset[<redacted>]";
  }
}
