package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Pins a message to its room's pinned bar (room owners). */
@JsonTypeName("message.pin")
public record MessagePin(String requestId, String roomId, String messageId) implements ClientFrame {

  public MessagePin {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(messageId, "messageId");
  }
}
