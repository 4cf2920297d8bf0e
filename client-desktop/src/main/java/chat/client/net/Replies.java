package chat.client.net;

import chat.protocol.model.Message;

/**
 * Where a message belongs: a reply (it carries a {@code threadId}) is kept to its thread unless it
 * was also posted to the room. One kept to its thread is not in the room's order: it is not in the
 * room's history, counts as nobody's unread message of the room, and is no cursor to catch the room
 * up from.
 */
public final class Replies {

  private Replies() {}

  /**
   * Whether {@code incoming}, a new state of {@code held}, is older as a thread's root: the states
   * of two racing replies' roots may arrive in either order, and the one with more replies is the
   * newer.
   */
  public static boolean olderRoot(Message incoming, Message held) {
    return count(incoming) < count(held);
  }

  private static int count(Message message) {
    return message.replyCount() == null ? 0 : message.replyCount();
  }

  /** Whether {@code message} shows in its room's timeline. */
  public static boolean inRoom(Message message) {
    return message.threadId() == null || Boolean.TRUE.equals(message.alsoInRoom());
  }
}
