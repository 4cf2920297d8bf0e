package chat.server.edge;

import chat.protocol.ErrorBody;
import java.util.Map;

/**
 * A failure as the protocol states it: the error body both transports send, and what HTTP adds to
 * it (the status of its code, and {@code Retry-After} beside a {@code retryAfterMs}).
 */
public record WireError(ErrorBody body) {

  public int httpStatus() {
    return body.code().httpStatus();
  }

  /**
   * {@code Retry-After} in whole seconds, rounded up and at least 1, when the body asks to wait.
   */
  public Map<String, String> httpHeaders() {
    Long retryAfterMs = body.retryAfterMs();
    if (retryAfterMs == null) {
      return Map.of();
    }
    long seconds = Math.max(1, Math.ceilDiv(retryAfterMs, 1000));
    return Map.of("Retry-After", Long.toString(seconds));
  }
}
