package chat.server.store;

/**
 * A message about to be appended; the store assigns its id and its place in the room's order.
 *
 * @param threadId the root's messageId when the message is a thread reply (the sending service has
 *     checked that the root is a message of the room and no reply itself), else null
 * @param alsoInRoom for a reply: shown in the room's timeline too; false for any other message
 * @param mentions whom the content mentions, already resolved against the room's members
 */
public record NewMessage(
    String roomId,
    String senderId,
    String senderName,
    String content,
    String clientMsgId,
    long timestamp,
    String threadId,
    boolean alsoInRoom,
    Mentions mentions) {

  public NewMessage {
    if (threadId == null && alsoInRoom) {
      throw new IllegalArgumentException("only a thread reply can be also in the room");
    }
  }

  /** A message to the room's timeline that mentions nobody. */
  public NewMessage(
      String roomId,
      String senderId,
      String senderName,
      String content,
      String clientMsgId,
      long timestamp) {
    this(roomId, senderId, senderName, content, clientMsgId, timestamp, null, false, Mentions.NONE);
  }

  /** The same message, mentioning {@code whom}. */
  public NewMessage mentioning(Mentions whom) {
    return new NewMessage(
        roomId, senderId, senderName, content, clientMsgId, timestamp, threadId, alsoInRoom, whom);
  }

  /** The same message as a reply in the thread of {@code rootId}. */
  public NewMessage inThread(String rootId, boolean shownInRoom) {
    return new NewMessage(
        roomId,
        senderId,
        senderName,
        content,
        clientMsgId,
        timestamp,
        rootId,
        shownInRoom,
        mentions);
  }

  /** Whether the message shows in the room's timeline: every message but a thread-only reply. */
  public boolean inTimeline() {
    return threadId == null || alsoInRoom;
  }
}
