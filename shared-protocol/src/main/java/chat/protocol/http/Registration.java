package chat.protocol.http;

import chat.protocol.Require;

/**
 * The body of register: {@link Credentials}' fields and, on a server that registers by invite, the
 * invite's code. Only presence is checked here; the username and password rules apply in the
 * server.
 */
public record Registration(String username, String password, String invite) {

  /** Longer than any code the server makes. */
  public static final int MAX_INVITE_CHARS = 64;

  public Registration {
    Require.present(username, "username");
    Require.present(password, "password");
    invite = Require.optionalText(invite, "invite", MAX_INVITE_CHARS);
  }

  /** A registration without an invite. */
  public Registration(String username, String password) {
    this(username, password, null);
  }

  /** Keeps the password out of logs. */
  @Override
  public String toString() {
    return "Registration[username=" + username + ", password=<redacted>, invite=" + invite + "]";
  }
}
