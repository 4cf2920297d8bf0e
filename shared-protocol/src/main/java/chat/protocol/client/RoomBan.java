package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * Removes a user from the room and keeps them out for {@code durationSeconds}, or for good when it
 * is null (moderators).
 */
@JsonTypeName("room.ban")
public record RoomBan(String requestId, String roomId, String userId, Long durationSeconds)
    implements ClientFrame {

  public RoomBan {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(userId, "userId");
    if (durationSeconds != null) {
      Require.moderationSeconds(durationSeconds, "durationSeconds");
    }
  }
}
