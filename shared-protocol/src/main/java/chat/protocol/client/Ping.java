package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Keeps the connection alive and measures the round trip; answered with {@code {}}. */
@JsonTypeName("ping")
public record Ping(String requestId) implements ClientFrame {

  public Ping {
    Require.requestId(requestId);
  }
}
