package chat.protocol.http;

import chat.protocol.Require;

/**
 * The body of {@code POST /api/auth/password}. Only presence is checked here: the new password must
 * pass the rules of register, which the server applies.
 */
public record PasswordChange(String currentPassword, String newPassword) {

  public PasswordChange {
    Require.present(currentPassword, "currentPassword");
    Require.present(newPassword, "newPassword");
  }

  /** Keeps the passwords out of logs. */
  @Override
  public String toString() {
    return "PasswordChange[<redacted>]";
  }
}
