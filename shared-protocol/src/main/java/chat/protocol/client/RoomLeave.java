package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Leaves a room. */
@JsonTypeName("room.leave")
public record RoomLeave(String requestId, String roomId) implements ClientFrame {

  public RoomLeave {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
  }
}
