package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Keeps a member from sending, editing and reacting for {@code durationSeconds} (moderators). */
@JsonTypeName("room.mute")
public record RoomMute(String requestId, String roomId, String userId, long durationSeconds)
    implements ClientFrame {

  public RoomMute {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(userId, "userId");
    Require.moderationSeconds(durationSeconds, "durationSeconds");
  }
}
