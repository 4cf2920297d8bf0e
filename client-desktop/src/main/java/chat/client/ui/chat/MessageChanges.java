package chat.client.ui.chat;

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
    return new Message(
        message.messageId(),
        message.roomId(),
        message.senderId(),
        message.senderName(),
        "",
        message.timestamp(),
        message.type(),
        message.clientMsgId(),
        message.threadId(),
        message.replyCount(),
        message.editedAt(),
        true,
        null,
        null,
        message.lastReplyAt(),
        message.participants(),
        message.alsoInRoom(),
        null,
        null,
        null,
        null);
  }

  /** {@code message} with {@code reactions} ({@code {emoji: [userId]}}) instead of its own. */
  static Message withReactions(Message message, Map<String, List<String>> reactions) {
    return new Message(
        message.messageId(),
        message.roomId(),
        message.senderId(),
        message.senderName(),
        message.content(),
        message.timestamp(),
        message.type(),
        message.clientMsgId(),
        message.threadId(),
        message.replyCount(),
        message.editedAt(),
        message.deleted(),
        reactions == null || reactions.isEmpty() ? null : reactions,
        message.attachments(),
        message.lastReplyAt(),
        message.participants(),
        message.alsoInRoom(),
        message.mentions(),
        message.mentionsRoom(),
        message.pinnedAt(),
        message.pinnedBy());
  }

  /** {@code message} with {@code held}'s thread state: reply count, last reply and repliers. */
  static Message withThreadOf(Message message, Message held) {
    return new Message(
        message.messageId(),
        message.roomId(),
        message.senderId(),
        message.senderName(),
        message.content(),
        message.timestamp(),
        message.type(),
        message.clientMsgId(),
        message.threadId(),
        held.replyCount(),
        message.editedAt(),
        message.deleted(),
        message.reactions(),
        message.attachments(),
        held.lastReplyAt(),
        held.participants(),
        message.alsoInRoom(),
        message.mentions(),
        message.mentionsRoom(),
        message.pinnedAt(),
        message.pinnedBy());
  }
}
