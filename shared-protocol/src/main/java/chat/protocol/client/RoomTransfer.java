package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * Hands the room over to another member (the room's owner), who becomes its owner; the caller
 * becomes a moderator.
 */
@JsonTypeName("room.transfer")
public record RoomTransfer(String requestId, String roomId, String userId) implements ClientFrame {

  public RoomTransfer {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(userId, "userId");
  }
}
