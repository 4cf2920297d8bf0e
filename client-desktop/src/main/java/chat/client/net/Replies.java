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

  /** Whether {@code message} shows in its room's timeline. */
  public static boolean inRoom(Message message) {
    return message.threadId() == null || Boolean.TRUE.equals(message.alsoInRoom());
  }
}
