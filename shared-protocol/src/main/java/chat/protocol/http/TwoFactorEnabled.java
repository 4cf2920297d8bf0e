package chat.protocol.http;

import chat.protocol.Require;
import java.util.List;

/**
 * The answer to {@code POST /api/auth/2fa/confirm}: the ten recovery codes, shown this once (the
 * server keeps only their hashes), and, when confirmed with a setup token, the session that the
 * login asked for (null when confirmed with an access token).
 */
public record TwoFactorEnabled(List<String> recoveryCodes, AuthResult session) {

  public TwoFactorEnabled {
    Require.present(recoveryCodes, "recoveryCodes");
    recoveryCodes = List.copyOf(recoveryCodes);
  }

  /** Keeps the codes and tokens out of logs. */
  @Override
  public String toString() {
    return "TwoFactorEnabled[<redacted>]";
  }
}
