package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The first frame of a client that cannot set the handshake's {@code Authorization} header. Unlike
 * every other request it may come without a {@code requestId}; with one, it is acknowledged.
 */
@JsonTypeName("auth")
public record Auth(String requestId, String token) implements ClientFrame {

  public Auth {
    Require.optionalId(requestId, "requestId");
    Require.nonBlank(token, "token");
  }

  /** Keeps the token out of logs. */
  @Override
  public String toString() {
    return "Auth[requestId=" + requestId + ", token=<redacted>]";
  }
}
