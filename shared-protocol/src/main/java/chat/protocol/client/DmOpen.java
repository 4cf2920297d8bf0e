package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** The direct room of the caller and {@code userId}: the same room every time. */
@JsonTypeName("dm.open")
public record DmOpen(String requestId, String userId) implements ClientFrame {

  public DmOpen {
    Require.requestId(requestId);
    Require.id(userId, "userId");
  }
}
