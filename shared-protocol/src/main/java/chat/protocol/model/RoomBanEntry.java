package chat.protocol.model;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A user kept out of a room: by whom, since when, and until when (epoch ms; null for good). Bans
 * past their {@code until} are never listed: they have ended.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomBanEntry(String userId, String bannedBy, long bannedAt, Long until) {

  public RoomBanEntry {
    Require.id(userId, "userId");
    Require.id(bannedBy, "bannedBy");
  }
}
