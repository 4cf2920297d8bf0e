package chat.protocol;

/**
 * The socket's close codes, one name for each number this code sends or acts on (the socket library
 * itself closes with 1007 on a text frame that is not UTF-8, and 1002 on a broken frame). A refused
 * token cannot be a refused handshake (a client sees a refused upgrade as a bare 404), so the
 * server completes the upgrade and then closes with a code of the private range 4000–4999 that
 * every client can read.
 */
public final class CloseCodes {

  /** The client is done with the socket: signed out, switched servers, or quit. */
  public static final int NORMAL = 1000;

  /**
   * The server is shutting down, most often to restart: the client reconnects every second or two,
   * jittered, for half a minute, then with its usual backoff.
   */
  public static final int GOING_AWAY = 1001;

  /** The socket was opened on a path other than {@code /ws}; reconnecting there will not help. */
  public static final int POLICY_VIOLATION = 1008;

  /**
   * A frame over {@link Limits#MAX_FRAME_BYTES_BEFORE_CLOSE}; frames between {@link
   * Limits#MAX_FRAME_BYTES} and that get a {@code PAYLOAD_TOO_LARGE} error instead.
   */
  public static final int MESSAGE_TOO_BIG = 1009;

  /**
   * Not the client's fault; it reconnects with its usual backoff and the same token. Reason {@code
   * INTERNAL}: the server could not check the socket's token (its store unreachable, or a fault);
   * reason {@code SERVER_FULL}: the server has {@code MAX_SOCKETS} sockets open.
   */
  public static final int TRY_AGAIN_LATER = 1013;

  /**
   * The token is missing, malformed, expired or revoked; the reason is the {@link ErrorCode} name
   * ({@code UNAUTHORIZED} or {@code TOKEN_EXPIRED}). The client refreshes its tokens and
   * reconnects.
   */
  public static final int UNAUTHORIZED = 4401;

  /**
   * No token came within {@code SOCKET_AUTH_TIMEOUT_MS} (5 s by default) of the upgrade, neither on
   * the handshake nor in an {@code auth}.
   */
  public static final int AUTH_TIMEOUT = 4408;

  /**
   * The client fell too far behind reading what the server sends it (more than {@code
   * SOCKET_MAX_BACKLOG_BYTES} waiting); reconnect and catch up with {@code sync}.
   */
  public static final int TOO_SLOW = 4409;

  /** The client's address has {@code MAX_SOCKETS_PER_ADDRESS} sockets open already. */
  public static final int TOO_MANY_SOCKETS = 4429;

  private CloseCodes() {}
}
