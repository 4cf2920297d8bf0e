package chat.client.net;

import chat.protocol.ErrorBody;
import chat.protocol.ErrorCode;

/** A request the server answered with the protocol's error shape; its message is for the user. */
public final class ApiException extends RuntimeException {

  private final transient ErrorBody error;

  public ApiException(ErrorBody error) {
    super(error.message());
    this.error = error;
  }

  public ErrorCode code() {
    return error.code();
  }

  /** The request field at fault, or null when the problem is not one field's. */
  public String field() {
    return error.field();
  }

  /**
   * For {@code SECOND_FACTOR_REQUIRED} and {@code SECOND_FACTOR_SETUP_REQUIRED}: the token of the
   * login's next step; otherwise null.
   */
  public String secondFactorToken() {
    return error.secondFactorToken();
  }

  /** How long the server asks us to wait, for {@code RATE_LIMITED}; 0 otherwise. */
  public long retryAfterMs() {
    return error.retryAfterMs() == null ? 0 : error.retryAfterMs();
  }
}
