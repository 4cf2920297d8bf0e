package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Moves the caller's read cursor forward to {@code messageId}. */
@JsonTypeName("read")
public record Read(String requestId, String roomId, String messageId) implements ClientFrame {

  public Read {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(messageId, "messageId");
  }
}
