package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Unpins a message (room owners). */
@JsonTypeName("message.unpin")
public record MessageUnpin(String requestId, String roomId, String messageId)
    implements ClientFrame {

  public MessageUnpin {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(messageId, "messageId");
  }
}
