package chat.client.ui.chat;

import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import java.util.List;
import java.util.Map;

/**
 * The new state of a message held, for the events that carry only part of it: {@code
 * message.deleted} (the id alone) and {@code reaction.updated} (the reactions alone); and a
 * change's state with the held thread state when the change's is older.
 */
final class MessageChanges {

  private MessageChanges() {}

  /**
   * The tombstone {@code message} becomes, as the server keeps it: no content, reactions,
   * attachments, mentions or pin; its place, sender, time and thread kept.
   */
  static Message deleted(Message message) {
    return with(message, "", true, null, null, message, null, null, null, null);
  }

  /** {@code message} with {@code reactions} ({@code {emoji: [userId]}}) instead of its own. */
  static Message withReactions(Message message, Map<String, List<String>> reactions) {
    return with(
        message,
        message.content(),
        message.deleted(),
        reactions == null || reactions.isEmpty() ? null : reactions,
        message.attachments(),
        message,
        message.mentions(),
        message.mentionsRoom(),
        message.pinnedAt(),
        message.pinnedBy());
  }

  /** {@code message} with {@code held}'s thread state: reply count, last reply and repliers. */
  static Message withThreadOf(Message message, Message held) {
    return with(
        message,
        message.content(),
        message.deleted(),
        message.reactions(),
        message.attachments(),
        held,
        message.mentions(),
        message.mentionsRoom(),
        message.pinnedAt(),
        message.pinnedBy());
  }

  /**
   * {@code message} with the given changeable parts, and {@code thread}'s reply count, last reply
   * and repliers; its place, sender, time, thread and edit time kept.
   */
  private static Message with(
      Message message,
      String content,
      Boolean deleted,
      Map<String, List<String>> reactions,
      List<Attachment> attachments,
      Message thread,
      List<String> mentions,
      Boolean mentionsRoom,
      Long pinnedAt,
      String pinnedBy) {
    Integer replies = thread.replyCount();
    return new Message(
        message.messageId(),
        message.roomId(),
        message.senderId(),
        message.senderName(),
        content,
        message.timestamp(),
        message.type(),
        message.clientMsgId(),
        message.threadId(),
        replies,
        message.editedAt(),
        deleted,
        reactions,
        attachments,
        thread.lastReplyAt(),
        thread.participants(),
        message.alsoInRoom(),
        mentions,
        mentionsRoom,
        pinnedAt,
        pinnedBy);
  }
}
