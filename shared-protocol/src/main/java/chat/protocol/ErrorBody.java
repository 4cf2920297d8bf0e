package chat.protocol;

/**
 * The one error shape of the protocol, over HTTP and on the socket. {@code field} names the
 * offending property of an {@code INVALID_INPUT}; {@code retryAfterMs} comes with {@code
 * RATE_LIMITED}, {@code MUTED} and a timed {@code BANNED}. Both are left out of the JSON when null.
 */
public record ErrorBody(ErrorCode code, String message, String field, Long retryAfterMs) {

  public ErrorBody {
    Require.present(code, "code");
    Require.present(message, "message");
  }
}
