package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Removes a member from the room; they may join a public room again (moderators). */
@JsonTypeName("room.kick")
public record RoomKick(String requestId, String roomId, String userId) implements ClientFrame {

  public RoomKick {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(userId, "userId");
  }
}
