package chat.server.store;

import chat.protocol.ProtocolJson;
import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import chat.protocol.model.MessageType;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;

/**
 * A stored message as the protocol shows it: the text as first stored, with its thread and its
 * mentions. Absent parts stay null (and out of the JSON): {@code alsoInRoom} and {@code
 * mentionsRoom} are true or null, {@code mentions} is null when nobody is named, and a root's
 * thread fields appear from its first reply.
 */
public final class StoredMessage {

  private StoredMessage() {}

  /**
   * @param threadId the root's messageId for a reply, else null
   * @param thread the replies of a root, null while it has none
   */
  public static Message of(
      Message text, String threadId, boolean alsoInRoom, ThreadStats thread, Mentions mentions) {
    return new Message(
        text.messageId(),
        text.roomId(),
        text.senderId(),
        text.senderName(),
        text.content(),
        text.timestamp(),
        text.type(),
        text.clientMsgId(),
        threadId,
        thread == null ? null : thread.replyCount(),
        text.editedAt(),
        text.deleted(),
        text.reactions(),
        text.attachments(),
        thread == null ? null : thread.lastReplyAt(),
        thread == null ? null : thread.participants(),
        alsoInRoom ? Boolean.TRUE : null,
        mentions.userIds().isEmpty() ? null : mentions.userIds(),
        mentions.room() ? Boolean.TRUE : null,
        text.pinnedAt(),
        text.pinnedBy());
  }

  /**
   * {@code message} with its files: a {@code media} message when it has any, else as it is. The
   * stored form of the list is {@link #attachmentsJson}'s.
   */
  public static Message withAttachments(Message message, String attachmentsJson) {
    if (attachmentsJson == null || attachmentsJson.isEmpty()) {
      return message;
    }
    List<Attachment> attachments;
    try {
      attachments = List.of(ProtocolJson.mapper().readValue(attachmentsJson, Attachment[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable attachments in the store: " + e.getMessage(), e);
    }
    return new Message(
        message.messageId(),
        message.roomId(),
        message.senderId(),
        message.senderName(),
        message.content(),
        message.timestamp(),
        MessageType.MEDIA,
        message.clientMsgId(),
        message.threadId(),
        message.replyCount(),
        message.editedAt(),
        message.deleted(),
        message.reactions(),
        attachments,
        message.lastReplyAt(),
        message.participants(),
        message.alsoInRoom(),
        message.mentions(),
        message.mentionsRoom(),
        message.pinnedAt(),
        message.pinnedBy());
  }

  /** The files of a message as a store keeps them beside it: a JSON array of attachments. */
  public static String attachmentsJson(List<FileRecord> files) {
    return ProtocolJson.encode(files.stream().map(FileRecord::attachment).toList());
  }

  /** Ids kept joined by commas in one stored field (no id holds a comma), as a list. */
  public static List<String> ids(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }

  /** The stored field of {@link #ids}. */
  public static String joined(List<String> ids) {
    return String.join(",", ids);
  }
}
