package chat.protocol.http;

import chat.protocol.Require;

/**
 * The body of {@code POST /api/auth/login/second-factor}: the token of the login answered {@code
 * SECOND_FACTOR_REQUIRED}, and a current code or an unused recovery code.
 */
public record SecondFactorLogin(String token, String code) {

  public SecondFactorLogin {
    Require.present(token, "token");
    Require.present(code, "code");
  }

  /** Keeps the token and code out of logs. */
  @Override
  public String toString() {
    return "SecondFactorLogin[<redacted>]";
  }
}
