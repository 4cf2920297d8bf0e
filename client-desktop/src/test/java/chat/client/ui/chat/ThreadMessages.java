package chat.client.ui.chat;

import chat.protocol.model.Message;
import java.util.List;

/** Messages of threads as the server sends them: roots in a new state, and replies. */
final class ThreadMessages {

  private ThreadMessages() {}

  static Message text(String id, String senderId, String content, long timestamp) {
    return Message.text(id, "r1", senderId, senderId.substring(2), content, timestamp, "c-" + id);
  }

  /** {@code root} as the server sends it once replied to. */
  static Message replied(Message root, int replies, long lastReplyAt, List<String> participants) {
    return root.withReplies(replies, lastReplyAt, participants);
  }

  /** A reply in the thread of {@code rootId}, posted to the room too when {@code alsoInRoom}. */
  static Message reply(
      String id,
      String senderId,
      String content,
      long timestamp,
      String rootId,
      boolean alsoInRoom) {
    return text(id, senderId, content, timestamp).inThread(rootId, alsoInRoom);
  }
}
