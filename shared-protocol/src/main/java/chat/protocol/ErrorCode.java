package chat.protocol;

/** The wire's error codes, each with the HTTP status that carries it. */
public enum ErrorCode {
  INVALID_INPUT(400),
  UNKNOWN_TYPE(400),
  UNAUTHORIZED(401),
  TOKEN_EXPIRED(401),
  INVALID_CREDENTIALS(401),
  /**
   * Login of an account with two-factor sign-in: the password was right, and the error's {@code
   * secondFactorToken} leads to {@code POST /api/auth/login/second-factor}.
   */
  SECOND_FACTOR_REQUIRED(401),
  /**
   * Login of an account without two-factor sign-in on a server that requires it: the error's {@code
   * secondFactorToken} allows only setting it up.
   */
  SECOND_FACTOR_SETUP_REQUIRED(401),
  /** A two-factor code that is wrong, out of its window, already used, or a used recovery code. */
  INVALID_SECOND_FACTOR(401),
  FORBIDDEN(403),
  /** Login or refresh of an account an admin deactivated. */
  ACCOUNT_DEACTIVATED(403),
  /** Register while the server takes no new accounts. */
  REGISTRATION_CLOSED(403),
  /** Register without an invite while the server registers by invite only. */
  INVITE_REQUIRED(403),
  /** Register with an invite code the server does not know. */
  INVITE_INVALID(403),
  /** Register with an invite past its expiry. */
  INVITE_EXPIRED(410),
  /** Register with an invite whose every use is taken. */
  INVITE_USED_UP(410),
  /**
   * Join, or be invited to, a room that banned the user; {@code retryAfterMs} says when a timed ban
   * ends.
   */
  BANNED(403),
  /** Send, edit or react in a room that muted the user; {@code retryAfterMs} says when it ends. */
  MUTED(403),
  /**
   * Login with a temporary password an admin set: the account must choose a new one first ({@code
   * POST /api/auth/password/renew}).
   */
  PASSWORD_CHANGE_REQUIRED(403),
  NOT_FOUND(404),
  USERNAME_TAKEN(409),
  /** Delete the account of the server's owner, who cannot leave the server without an owner. */
  OWNER_CANNOT_DELETE(409),
  /** Send to (or open) a direct room whose other person deleted their account. */
  ROOM_CLOSED(409),
  /** Two-factor setup for an account that already has it on. */
  TWO_FACTOR_ALREADY_ON(409),
  /** Confirming or turning off two-factor sign-in that is not set up (or not pending). */
  TWO_FACTOR_NOT_SET_UP(409),
  PAYLOAD_TOO_LARGE(413),
  RATE_LIMITED(429),
  INTERNAL(500),
  /**
   * The server's storage cannot take writes (disk full, read-only), or too few Redis replicas
   * confirmed a message write in time: try again later.
   */
  STORAGE_UNAVAILABLE(503);

  private final int httpStatus;

  ErrorCode(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
