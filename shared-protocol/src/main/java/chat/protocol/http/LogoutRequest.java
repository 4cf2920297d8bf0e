package chat.protocol.http;

/**
 * The optional body of {@code POST /api/auth/logout}; the bearer token alone names the session, so
 * {@code refreshToken} may be null.
 */
public record LogoutRequest(String refreshToken) {

  /** Keeps the token out of logs. */
  @Override
  public String toString() {
    return "LogoutRequest[refreshToken=" + (refreshToken == null ? null : "<redacted>") + "]";
  }
}
