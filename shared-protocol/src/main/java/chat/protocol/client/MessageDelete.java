package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Deletes a message (its author, or the room's owner). */
@JsonTypeName("message.delete")
public record MessageDelete(String requestId, String roomId, String messageId)
    implements ClientFrame {

  public MessageDelete {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(messageId, "messageId");
  }
}
