package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Lets a muted member post again (moderators). */
@JsonTypeName("room.unmute")
public record RoomUnmute(String requestId, String roomId, String userId) implements ClientFrame {

  public RoomUnmute {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(userId, "userId");
  }
}
