package chat.protocol.http;

import chat.protocol.Require;

/** The body of {@code POST /api/auth/refresh}. */
public record RefreshRequest(String refreshToken) {

  public RefreshRequest {
    Require.present(refreshToken, "refreshToken");
  }

  /** Keeps the token out of logs. */
  @Override
  public String toString() {
    return "RefreshRequest[refreshToken=<redacted>]";
  }
}
