package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A member's standing in one room, highest first: the order of the constants is the rank. Each role
 * may moderate only members ranked below it (the owner moderators and members, moderators members),
 * so nobody moderates themself.
 */
public enum RoomRole {
  /** One per room: its creator until they hand the room over. Names moderators. */
  @JsonProperty("owner")
  OWNER,
  /** Named by the owner: removes messages, pins, kicks, bans, mutes and sets slow mode. */
  @JsonProperty("moderator")
  MODERATOR,
  @JsonProperty("member")
  MEMBER;

  /** Whether this role may use moderator actions at all. */
  public boolean moderates() {
    return this != MEMBER;
  }

  /** Whether a member of this role may act on one of {@code target}'s. */
  public boolean outranks(RoomRole target) {
    return compareTo(target) < 0;
  }
}
