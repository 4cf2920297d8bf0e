package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A room. {@code unreadCount}, {@code mentionCount} and {@code lastMessage} are filled only where
 * the protocol says so ({@code room.list}); elsewhere they are null and left out of the JSON.
 * {@code mentionCount} counts the unread messages that mention the caller (or {@code @room}).
 * {@code closed} is true for a direct room whose other person deleted their account (nobody can
 * send there any more), else left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Room(
    String roomId,
    String name,
    RoomVisibility visibility,
    String createdBy,
    long createdAt,
    int memberCount,
    Integer unreadCount,
    Message lastMessage,
    Integer mentionCount,
    Boolean closed) {

  /** A room as stored, without the per-caller fields. */
  public Room(
      String roomId,
      String name,
      RoomVisibility visibility,
      String createdBy,
      long createdAt,
      int memberCount) {
    this(roomId, name, visibility, createdBy, createdAt, memberCount, null, null, null, null);
  }

  /** This room closed ({@code true}) or open ({@code null}, as the wire leaves it out). */
  public Room withClosed(boolean isClosed) {
    return with(unreadCount, lastMessage, mentionCount, isClosed ? Boolean.TRUE : null);
  }

  /**
   * Whether nobody can send here any more: a direct room whose other person deleted their account.
   */
  public boolean refusesMessages() {
    return Boolean.TRUE.equals(closed);
  }

  public Room withLastMessage(Message message) {
    return with(unreadCount, message, mentionCount, closed);
  }

  public Room withUnreadCount(Integer count) {
    return with(count, lastMessage, mentionCount, closed);
  }

  public Room withMentionCount(Integer count) {
    return with(unreadCount, lastMessage, count, closed);
  }

  private Room with(Integer unread, Message last, Integer mentions, Boolean shut) {
    return new Room(
        roomId, name, visibility, createdBy, createdAt, memberCount, unread, last, mentions, shut);
  }
}
