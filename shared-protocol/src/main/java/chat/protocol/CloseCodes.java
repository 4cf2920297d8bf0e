package chat.protocol;

/**
 * The socket's close codes, one name for each number either side sends or acts on. A refused token
 * cannot be a refused handshake (a client sees a refused upgrade as a bare 404), so the server
 * completes the upgrade and then closes with a code of the private range 4000–4999 that every
 * client can read.
 */
public final class CloseCodes {

  /** The client is done with the socket: signed out, switched servers, or quit. */
  public static final int NORMAL = 1000;

  /** The server is shutting down; the client reconnects with its usual backoff. */
  public static final int GOING_AWAY = 1001;

  /** The socket was opened on a path other than {@code /ws}; reconnecting there will not help. */
  public static final int POLICY_VIOLATION = 1008;

  /**
   * A frame over {@link Limits#MAX_FRAME_BYTES_BEFORE_CLOSE}; frames between {@link
   * Limits#MAX_FRAME_BYTES} and that get a {@code PAYLOAD_TOO_LARGE} error instead.
   */
  public static final int MESSAGE_TOO_BIG = 1009;

  /**
   * The server could not reach its store to check the socket's token (reason {@code INTERNAL}): not
   * the client's fault, so it reconnects with the same token.
   */
  public static final int TRY_AGAIN_LATER = 1013;

  /**
   * The token is missing, malformed, expired or revoked; the reason is the {@link ErrorCode} name
   * ({@code UNAUTHORIZED} or {@code TOKEN_EXPIRED}). The client refreshes its tokens and
   * reconnects.
   */
  public static final int UNAUTHORIZED = 4401;

  /** No token came within 5 s of the upgrade, neither on the handshake nor in an {@code auth}. */
  public static final int AUTH_TIMEOUT = 4408;

  private CloseCodes() {}
}
