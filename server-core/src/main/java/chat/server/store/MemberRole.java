package chat.server.store;

/** A member's standing in a room. */
public enum MemberRole {
  /** Created the room; may delete others' messages. */
  OWNER,
  MEMBER
}
