package chat.server.error;

import chat.protocol.ErrorBody;
import chat.protocol.ErrorCode;

/**
 * The one exception services throw for anything the caller did wrong or may not do. The HTTP and
 * socket edges turn it into the protocol's error shape, each in one place.
 */
public final class ChatException extends RuntimeException {

  private final ErrorCode code;
  private final String field;
  private final Long retryAfterMs;
  private final String secondFactorToken;

  private ChatException(
      ErrorCode code, String message, String field, Long retryAfterMs, String secondFactorToken) {
    super(message, null, false, false);
    this.code = code;
    this.field = field;
    this.retryAfterMs = retryAfterMs;
    this.secondFactorToken = secondFactorToken;
  }

  private ChatException(ErrorCode code, String message, String field, Long retryAfterMs) {
    this(code, message, field, retryAfterMs, null);
  }

  public ChatException(ErrorCode code, String message) {
    this(code, message, null, null);
  }

  /**
   * A login's first step passed: {@code SECOND_FACTOR_REQUIRED} or {@code
   * SECOND_FACTOR_SETUP_REQUIRED}, carrying the token for the next step.
   */
  public static ChatException secondStep(ErrorCode code, String message, String token) {
    return new ChatException(code, message, null, null, token);
  }

  public static ChatException invalidInput(String field, String message) {
    return new ChatException(ErrorCode.INVALID_INPUT, message, field, null);
  }

  public static ChatException forbidden(String message) {
    return new ChatException(ErrorCode.FORBIDDEN, message);
  }

  public static ChatException notFound(String message) {
    return new ChatException(ErrorCode.NOT_FOUND, message);
  }

  public static ChatException unauthorized(String message) {
    return new ChatException(ErrorCode.UNAUTHORIZED, message);
  }

  public static ChatException rateLimited(long retryAfterMs) {
    return new ChatException(
        ErrorCode.RATE_LIMITED,
        "too many requests; retry in " + retryAfterMs + " ms",
        null,
        retryAfterMs);
  }

  /** A banned user joining or being invited; {@code retryAfterMs} null for a ban for good. */
  public static ChatException banned(Long retryAfterMs) {
    return new ChatException(
        ErrorCode.BANNED,
        retryAfterMs == null
            ? "banned from this room"
            : "banned from this room; the ban ends in " + retryAfterMs + " ms",
        null,
        retryAfterMs);
  }

  /** A muted member posting, editing or reacting. */
  public static ChatException muted(long retryAfterMs) {
    return new ChatException(
        ErrorCode.MUTED, "muted in this room for " + retryAfterMs + " ms", null, retryAfterMs);
  }

  public ErrorCode code() {
    return code;
  }

  /** The request field at fault, or null. */
  public String field() {
    return field;
  }

  /**
   * For {@link ErrorCode#RATE_LIMITED}, {@link ErrorCode#MUTED} and a timed {@link
   * ErrorCode#BANNED}: how long to wait; otherwise null.
   */
  public Long retryAfterMs() {
    return retryAfterMs;
  }

  public ErrorBody toBody() {
    return new ErrorBody(code, getMessage(), field, retryAfterMs, secondFactorToken);
  }
}
