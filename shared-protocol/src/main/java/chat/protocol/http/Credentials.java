package chat.protocol.http;

import chat.protocol.Require;

/**
 * The body of register and login. Only presence is checked here: the username and password rules
 * apply at register, and login must answer a malformed name like a wrong one.
 */
public record Credentials(String username, String password) {

  public Credentials {
    Require.present(username, "username");
    Require.present(password, "password");
  }

  /** Keeps the password out of logs. */
  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=<redacted>]";
  }
}
