package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Lists a room's pinned messages, the most recently pinned first. */
@JsonTypeName("room.pins")
public record RoomPins(String requestId, String roomId) implements ClientFrame {

  public RoomPins {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
  }
}
