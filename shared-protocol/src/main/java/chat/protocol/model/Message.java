package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A message. {@code messageId} is opaque: clients never parse it. {@code timestamp} and {@code
 * editedAt} are epoch milliseconds. Optional fields are null when absent and left out of the JSON.
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
    List<Attachment> attachments) {

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
        null);
  }
}
