package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Reads a room's moderation state: roles, mutes, slow mode, and for moderators the bans. */
@JsonTypeName("room.moderation")
public record RoomModeration(String requestId, String roomId) implements ClientFrame {

  public RoomModeration {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
  }
}
