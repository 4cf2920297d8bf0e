package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A room. {@code unreadCount}, {@code mentionCount} and {@code lastMessage} are filled only where
 * the protocol says so ({@code room.list}); elsewhere they are null and left out of the JSON.
 * {@code mentionCount} counts the unread messages that mention the caller (or {@code @room}).
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
    Integer mentionCount) {

  /** A room as stored, without the per-caller fields. */
  public Room(
      String roomId,
      String name,
      RoomVisibility visibility,
      String createdBy,
      long createdAt,
      int memberCount) {
    this(roomId, name, visibility, createdBy, createdAt, memberCount, null, null, null);
  }

  public Room withLastMessage(Message message) {
    return with(unreadCount, message, mentionCount);
  }

  public Room withUnreadCount(Integer count) {
    return with(count, lastMessage, mentionCount);
  }

  public Room withMentionCount(Integer count) {
    return with(unreadCount, lastMessage, count);
  }

  private Room with(Integer unread, Message last, Integer mentions) {
    return new Room(
        roomId, name, visibility, createdBy, createdAt, memberCount, unread, last, mentions);
  }
}
