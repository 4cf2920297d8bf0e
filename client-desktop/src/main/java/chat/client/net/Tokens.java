package chat.client.net;

import chat.protocol.http.AuthResult;
import chat.protocol.model.ServerRole;
import chat.protocol.model.User;

/**
 * The signed-in user's tokens; {@code expiresAt} (epoch millis) is the access token's. {@code role}
 * is the user's standing on the server as of the last sign-in or refresh (null from a server
 * without roles).
 */
record Tokens(User user, String access, String refresh, long expiresAt, ServerRole role) {

  static Tokens of(AuthResult result, long now) {
    return new Tokens(
        result.user(),
        result.accessToken(),
        result.refreshToken(),
        now + result.expiresIn() * 1000,
        result.role());
  }

  /** Keeps the tokens out of logs. */
  @Override
  public String toString() {
    return "Tokens[user=" + user.username() + ", expiresAt=" + expiresAt + "]";
  }
}
