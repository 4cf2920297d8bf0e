package chat.server.store;

import chat.protocol.ProtocolJson;
import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
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
    Message placed =
        text.inThread(threadId, alsoInRoom)
            .withMentions(
                mentions.userIds().isEmpty() ? null : mentions.userIds(),
                mentions.room() ? Boolean.TRUE : null);
    return thread == null
        ? placed
        : placed.withReplies(thread.replyCount(), thread.lastReplyAt(), thread.participants());
  }

  /**
   * {@code message} with its files: a {@code media} message when it has any, else as it is. The
   * stored form of the list is {@link #attachmentsJson}'s.
   */
  public static Message withAttachments(Message message, String attachmentsJson) {
    List<Attachment> attachments = attachments(attachmentsJson);
    return attachments.isEmpty() ? message : message.withAttachments(attachments);
  }

  /** The files of {@link #attachmentsJson}'s stored form; none for null or an empty string. */
  public static List<Attachment> attachments(String attachmentsJson) {
    if (attachmentsJson == null || attachmentsJson.isEmpty()) {
      return List.of();
    }
    try {
      return List.of(ProtocolJson.mapper().readValue(attachmentsJson, Attachment[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable attachments in the store: " + e.getMessage(), e);
    }
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
