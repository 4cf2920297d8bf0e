package chat.protocol.client;

import chat.protocol.Require;
import chat.protocol.model.RoomRole;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Makes a member of a room a moderator or a plain member again (the room's owner). */
@JsonTypeName("room.role")
public record RoomRoleSet(String requestId, String roomId, String userId, RoomRole role)
    implements ClientFrame {

  public RoomRoleSet {
    Require.requestId(requestId);
    Require.id(roomId, "roomId");
    Require.id(userId, "userId");
    Require.present(role, "role");
    if (role == RoomRole.OWNER) {
      throw Require.invalid("role", "hand a room over with room.transfer");
    }
  }
}
