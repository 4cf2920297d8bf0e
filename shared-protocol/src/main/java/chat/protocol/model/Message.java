package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A message. {@code messageId} is opaque: clients never parse it. {@code timestamp}, {@code
 * editedAt}, {@code lastReplyAt} and {@code pinnedAt} are epoch milliseconds. Optional fields are
 * null when absent and left out of the JSON.
 *
 * <p>A thread's root carries {@code replyCount}, {@code lastReplyAt} and {@code participants} (the
 * userIds who replied, first replier first). A reply carries {@code threadId}, and {@code
 * alsoInRoom} when it was also posted to the room's timeline. {@code mentions} holds the userIds
 * of members the text mentions by {@code @username}; {@code mentionsRoom} is true for {@code
 * @room}. A deleted message is a tombstone: {@code deleted} true, empty {@code content}, no
 * reactions, attachments or mentions, its place and thread kept.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(
    String messageId,
    String roomId,
    String senderId,
    String senderName,
    String content,
    long timestamp,
    MessageType type,
    String clientMsgId,
    String threadId,
    Integer replyCount,
    Long editedAt,
    Boolean deleted,
    Map<String, List<String>> reactions,
    List<Attachment> attachments,
    Long lastReplyAt,
    List<String> participants,
    Boolean alsoInRoom,
    List<String> mentions,
    Boolean mentionsRoom,
    Long pinnedAt,
    String pinnedBy) {

  /** A plain text message, as first stored. */
  public static Message text(
      String messageId,
      String roomId,
      String senderId,
      String senderName,
      String content,
      long timestamp,
      String clientMsgId) {
    return new Message(
        messageId,
        roomId,
        senderId,
        senderName,
        content,
        timestamp,
        MessageType.TEXT,
        clientMsgId,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
