package chat.protocol.model;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A user kept out of a room, with the name they sign in with: by whom, since when, and until when
 * (epoch ms; null for good). Bans past their {@code until} are never listed: they have ended.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomBanEntry(
    String userId, String username, String bannedBy, long bannedAt, Long until) {

  public RoomBanEntry {
    Require.id(userId, "userId");
    Require.present(username, "username");
    Require.id(bannedBy, "bannedBy");
  }
}
