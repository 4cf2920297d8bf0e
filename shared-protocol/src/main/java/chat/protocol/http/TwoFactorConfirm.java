package chat.protocol.http;

import chat.protocol.Require;

/**
 * The body of {@code POST /api/auth/2fa/confirm}: a current code of the pending secret, and the
 * setup token for a caller without an access token (null otherwise).
 */
public record TwoFactorConfirm(String code, String token) {

  public TwoFactorConfirm {
    Require.present(code, "code");
  }

  /** Keeps the code and token out of logs. */
  @Override
  public String toString() {
    return "TwoFactorConfirm[<redacted>]";
  }
}
