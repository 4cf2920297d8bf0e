package chat.protocol.model;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A member's role in a room, and until when (epoch ms) they are muted; null when they are not. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberStanding(String userId, RoomRole role, Long mutedUntil) {

  public MemberStanding {
    Require.id(userId, "userId");
    Require.present(role, "role");
  }
}
