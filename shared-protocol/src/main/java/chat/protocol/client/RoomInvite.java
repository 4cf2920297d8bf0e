package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Adds a user to a room at once; any member may invite. */
@JsonTypeName("room.invite")
public record RoomInvite(String requestId, String roomId, String userId) implements ClientFrame {

  public RoomInvite {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(userId, "userId");
  }
}
