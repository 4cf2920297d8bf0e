package chat.server.store.redis;

import chat.server.store.Mentions;
import java.util.List;

/**
 * The sorted sets that count a message's mentions for {@code mentionCount} ({@link
 * RedisReadCursorStore#mentionCounts}): an {@code @room} message is in the room's {@code @room}
 * messages and its sender's; any other in the named-mention set of each member it names but the
 * sender. The append adds a message to them, an edit moves it to those of its new mentions, and a
 * deletion takes it out of them. The keys live under the room's tag, pinned by {@code
 * RedisKeysTest} like those of {@link RedisKeys}.
 */
final class MentionKeys {

  private MentionKeys() {}

  /**
   * Sorted set: the entry ids of the messages of others that mention {@code userId} by name (and
   * not {@code @room}, counted apart), scored by seq; a member's mention count is a ZCOUNT from
   * their read cursor.
   */
  static String roomMentionsOf(String roomId, String userId) {
    return "chat:{room:" + roomId + "}:mentions:" + userId;
  }

  /** Sorted set: the entry ids of the room's messages that mention {@code @room}, by seq. */
  static String roomWideMentions(String roomId) {
    return "chat:{room:" + roomId + "}:mentions-room";
  }

  /**
   * Sorted set: the entry ids of one sender's {@code @room} messages, by seq: subtracted from
   * {@link #roomWideMentions} so that nobody's own {@code @room} counts for them.
   */
  static String roomWideMentionsFrom(String roomId, String senderId) {
    return "chat:{room:" + roomId + "}:mentions-room-from:" + senderId;
  }

  /** The named-mention sets of the members {@code mentions} names, the sender left out. */
  static List<String> named(String roomId, String senderId, Mentions mentions) {
    return mentions.userIds().stream()
        .filter(userId -> !userId.equals(senderId))
        .map(userId -> roomMentionsOf(roomId, userId))
        .toList();
  }

  /** The sets a message of {@code senderId} with {@code mentions} is in. */
  static List<String> of(String roomId, String senderId, Mentions mentions) {
    return mentions.room()
        ? List.of(roomWideMentions(roomId), roomWideMentionsFrom(roomId, senderId))
        : named(roomId, senderId, mentions);
  }
}
