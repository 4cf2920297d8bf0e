package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Lets a banned user join, or be invited to, the room again (moderators). */
@JsonTypeName("room.unban")
public record RoomUnban(String requestId, String roomId, String userId) implements ClientFrame {

  public RoomUnban {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(userId, "userId");
  }
}
