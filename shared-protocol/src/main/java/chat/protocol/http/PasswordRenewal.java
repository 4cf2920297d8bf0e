package chat.protocol.http;

import chat.protocol.Require;

/**
 * The body of {@code POST /api/auth/password/renew}: a login that replaces a temporary password an
 * admin set, for an account whose login answered {@code PASSWORD_CHANGE_REQUIRED}.
 */
public record PasswordRenewal(String username, String password, String newPassword) {

  public PasswordRenewal {
    Require.present(username, "username");
    Require.present(password, "password");
    Require.present(newPassword, "newPassword");
  }

  /** Keeps the passwords out of logs. */
  @Override
  public String toString() {
    return "PasswordRenewal[" + username + ", <redacted>]";
  }
}
