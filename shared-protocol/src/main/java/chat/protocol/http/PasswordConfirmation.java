package chat.protocol.http;

import chat.protocol.Require;

/**
 * The body of {@code DELETE /api/users/me}: the caller's password, asked again so that a session
 * left open on someone else's computer cannot delete the account.
 */
public record PasswordConfirmation(String password) {

  public PasswordConfirmation {
    Require.present(password, "password");
  }

  /** Keeps the password out of logs. */
  @Override
  public String toString() {
    return "PasswordConfirmation[<redacted>]";
  }
}
