package chat.protocol.http;

/**
 * The optional body of {@code POST /api/auth/2fa/setup}: the token of a login answered {@code
 * SECOND_FACTOR_SETUP_REQUIRED}, for a caller who has no access token; null with a bearer token.
 */
public record SetupTokenBody(String token) {

  /** Keeps the token out of logs. */
  @Override
  public String toString() {
    return "SetupTokenBody[<redacted>]";
  }
}
