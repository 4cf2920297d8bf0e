package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What changed a member's standing in a {@code member.updated} event. */
public enum ModerationAction {
  /** The owner made the member a moderator or a plain member again. */
  @JsonProperty("role")
  ROLE,
  /** The owner handed the room over: sent for the new owner and for the old one, now moderator. */
  @JsonProperty("transfer")
  TRANSFER,
  /** Removed from the room; may join a public room again. */
  @JsonProperty("kick")
  KICK,
  /** Removed from the room and kept out until {@code until} (null: for good). */
  @JsonProperty("ban")
  BAN,
  /** May join or be invited again. */
  @JsonProperty("unban")
  UNBAN,
  /** May not post until {@code until}. */
  @JsonProperty("mute")
  MUTE,
  /** May post again. */
  @JsonProperty("unmute")
  UNMUTE
}
