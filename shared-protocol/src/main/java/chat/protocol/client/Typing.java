package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** The caller started or stopped typing; {@code active} is required, so it is never guessed. */
@JsonTypeName("typing")
public record Typing(String requestId, String roomId, Boolean active) implements ClientFrame {

  public Typing {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.present(active, "active");
  }
}
