package chat.protocol.http;

import chat.protocol.model.ServerRole;
import chat.protocol.model.User;

/**
 * The answer to register, login and refresh. {@code expiresIn} is the access token's lifetime in
 * seconds; the refresh token rotates on every refresh. {@code role} is the caller's standing on the
 * server, as of this answer; a server without roles leaves it out (null).
 */
public record AuthResult(
    User user, String accessToken, String refreshToken, long expiresIn, ServerRole role) {

  /** An answer from a server that does not tell roles. */
  public AuthResult(User user, String accessToken, String refreshToken, long expiresIn) {
    this(user, accessToken, refreshToken, expiresIn, null);
  }

  /** Keeps the tokens out of logs. */
  @Override
  public String toString() {
    return "AuthResult[user="
        + user
        + ", tokens=<redacted>, expiresIn="
        + expiresIn
        + ", role="
        + role
        + "]";
  }
}
