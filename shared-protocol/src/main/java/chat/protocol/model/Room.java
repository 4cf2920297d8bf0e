package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A room. {@code unreadCount}, {@code mentionCount} and {@code lastMessage} are filled only where
 * the protocol says so ({@code room.list}); elsewhere they are null and left out of the JSON.
 * {@code mentionCount} counts the unread messages that mention the caller (or {@code @room}).
 * {@code closed} is true for a direct room whose other person deleted their account (nobody can
 * send there any more), else left out. {@code encrypted} is true for an end-to-end encrypted room
 * (docs/E2EE.md), whose messages carry {@code encrypted} instead of {@code content}, else left out;
 * a room is created so and stays so.
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
    Boolean closed,
    Boolean encrypted) {

  /** A room as stored, without the per-caller fields. */
  public Room(
      String roomId,
      String name,
      RoomVisibility visibility,
      String createdBy,
      long createdAt,
      int memberCount) {
    this(roomId, name, visibility, createdBy, createdAt, memberCount, null, null, null, null, null);
  }

  /** This room end-to-end encrypted ({@code true}) or not ({@code null}, left out of the wire). */
  public Room withEncrypted(boolean isEncrypted) {
    return with(unreadCount, lastMessage, mentionCount, closed, isEncrypted);
  }

  /** Whether messages here carry {@code encrypted} instead of {@code content}. */
  public boolean endToEndEncrypted() {
    return Boolean.TRUE.equals(encrypted);
  }

  /** This room closed ({@code true}) or open ({@code null}, as the wire leaves it out). */
  public Room withClosed(boolean isClosed) {
    return with(
        unreadCount,
        lastMessage,
        mentionCount,
        isClosed ? Boolean.TRUE : null,
        endToEndEncrypted());
  }

  /**
   * Whether nobody can send here any more: a direct room whose other person deleted their account.
   */
  public boolean refusesMessages() {
    return Boolean.TRUE.equals(closed);
  }

  public Room withLastMessage(Message message) {
    return with(unreadCount, message, mentionCount, closed, endToEndEncrypted());
  }

  public Room withUnreadCount(Integer count) {
    return with(count, lastMessage, mentionCount, closed, endToEndEncrypted());
  }

  public Room withMentionCount(Integer count) {
    return with(unreadCount, lastMessage, count, closed, endToEndEncrypted());
  }

  private Room with(Integer unread, Message last, Integer mentions, Boolean shut, boolean sealed) {
    return new Room(
        roomId,
        name,
        visibility,
        createdBy,
        createdAt,
        memberCount,
        unread,
        last,
        mentions,
        shut,
        sealed ? Boolean.TRUE : null);
  }
}
