package chat.protocol;

/**
 * The one error shape of the protocol, over HTTP and on the socket. {@code field} names the
 * offending property of an {@code INVALID_INPUT}; {@code retryAfterMs} comes with {@code
 * RATE_LIMITED}, {@code MUTED} and a timed {@code BANNED}; {@code secondFactorToken} with {@code
 * SECOND_FACTOR_REQUIRED} and {@code SECOND_FACTOR_SETUP_REQUIRED}. Each is left out of the JSON
 * when null.
 */
public record ErrorBody(
    ErrorCode code, String message, String field, Long retryAfterMs, String secondFactorToken) {

  public ErrorBody {
    Require.present(code, "code");
    Require.present(message, "message");
  }

  /** An error without a second-factor token: every error but the two of a login's first step. */
  public ErrorBody(ErrorCode code, String message, String field, Long retryAfterMs) {
    this(code, message, field, retryAfterMs, null);
  }

  /** Keeps the second-factor token out of logs. */
  @Override
  public String toString() {
    return "ErrorBody[code="
        + code
        + ", message="
        + message
        + ", field="
        + field
        + ", retryAfterMs="
        + retryAfterMs
        + (secondFactorToken == null ? "" : ", secondFactorToken=<redacted>")
        + "]";
  }
}
