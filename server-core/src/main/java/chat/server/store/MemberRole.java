package chat.server.store;

import chat.protocol.model.RoomRole;

/** A member's standing in a room, as stored; {@link RoomRole} is its name on the wire. */
public enum MemberRole {
  /** Created the room, or was handed it; one per room. */
  OWNER,
  /** Named by the owner: moderates the room's plain members. */
  MODERATOR,
  MEMBER;

  /** This role as the protocol names it. */
  public RoomRole toWire() {
    return switch (this) {
      case OWNER -> RoomRole.OWNER;
      case MODERATOR -> RoomRole.MODERATOR;
      case MEMBER -> RoomRole.MEMBER;
    };
  }
}
