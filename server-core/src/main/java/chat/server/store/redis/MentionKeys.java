package chat.server.store.redis;

import chat.server.store.Mentions;
import java.util.List;

/**
 * The sorted sets that count a message's mentions for {@code mentionCount} ({@link
 * RedisReadCursorStore#mentionCounts}): an {@code @room} message is in the room's {@code @room}
 * messages and its sender's; any other in the named-mention set of each member it names but the
 * sender. The append adds a message to them, an edit moves it to those of its new mentions, and a
 * deletion takes it out of them.
 */
final class MentionKeys {

  private MentionKeys() {}

  /** The named-mention sets of the members {@code mentions} names, the sender left out. */
  static List<String> named(String roomId, String senderId, Mentions mentions) {
    return mentions.userIds().stream()
        .filter(userId -> !userId.equals(senderId))
        .map(userId -> RedisKeys.roomMentionsOf(roomId, userId))
        .toList();
  }

  /** The sets a message of {@code senderId} with {@code mentions} is in. */
  static List<String> of(String roomId, String senderId, Mentions mentions) {
    return mentions.room()
        ? List.of(
            RedisKeys.roomWideMentions(roomId), RedisKeys.roomWideMentionsFrom(roomId, senderId))
        : named(roomId, senderId, mentions);
  }
}
