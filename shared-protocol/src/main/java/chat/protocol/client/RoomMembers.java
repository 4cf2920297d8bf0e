package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Lists a room's members, with their presence. */
@JsonTypeName("room.members")
public record RoomMembers(String requestId, String roomId) implements ClientFrame {

  public RoomMembers {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
  }
}
