package chat.server.auth;

/**
 * Who made a request: the user, the name others see, the login session it came from, and the
 * address it came from as the edge resolved it ({@code TRUSTED_PROXIES}; null until the edge sets
 * it), which the audit log records.
 */
public record AuthenticatedUser(String userId, String username, String sessionId, String address) {

  /** A user whose address the edge has not set yet. */
  public AuthenticatedUser(String userId, String username, String sessionId) {
    this(userId, username, sessionId, null);
  }

  /** The same user, making this request from {@code address}. */
  public AuthenticatedUser from(String address) {
    return new AuthenticatedUser(userId, username, sessionId, address);
  }
}
