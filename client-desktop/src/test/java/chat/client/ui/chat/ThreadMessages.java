package chat.client.ui.chat;

import chat.protocol.model.Message;
import chat.protocol.model.MessageType;
import java.util.List;

/** Messages of threads as the server sends them: roots in a new state, and replies. */
final class ThreadMessages {

  private ThreadMessages() {}

  static Message text(String id, String senderId, String content, long timestamp) {
    return Message.text(id, "r1", senderId, senderId.substring(2), content, timestamp, "c-" + id);
  }

  /** {@code root} as the server sends it once replied to. */
  static Message replied(Message root, int replies, long lastReplyAt, List<String> participants) {
    return new Message(
        root.messageId(),
        root.roomId(),
        root.senderId(),
        root.senderName(),
        root.content(),
        root.timestamp(),
        MessageType.TEXT,
        root.clientMsgId(),
        null,
        replies,
        null,
        null,
        null,
        null,
        lastReplyAt,
        participants,
        null,
        null,
        null,
        null,
        null);
  }

  /** A reply in the thread of {@code rootId}, posted to the room too when {@code alsoInRoom}. */
  static Message reply(
      String id,
      String senderId,
      String content,
      long timestamp,
      String rootId,
      boolean alsoInRoom) {
    return new Message(
        id,
        "r1",
        senderId,
        senderId.substring(2),
        content,
        timestamp,
        MessageType.TEXT,
        "c-" + id,
        rootId,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        alsoInRoom ? true : null,
        null,
        null,
        null,
        null);
  }
}
