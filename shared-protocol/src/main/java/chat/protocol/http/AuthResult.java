package chat.protocol.http;

import chat.protocol.model.User;

/**
 * The answer to register, login and refresh. {@code expiresIn} is the access token's lifetime in
 * seconds; the refresh token rotates on every refresh.
 */
public record AuthResult(User user, String accessToken, String refreshToken, long expiresIn) {

  /** Keeps the tokens out of logs. */
  @Override
  public String toString() {
    return "AuthResult[user=" + user + ", tokens=<redacted>, expiresIn=" + expiresIn + "]";
  }
}
