package chat.client.support;

import chat.protocol.model.Message;
import java.util.List;

/** Messages as a server that reads mentions sends them. */
public final class Mentioning {

  private Mentioning() {}

  /** {@code message} with the server's {@code mentions} and {@code mentionsRoom} (either null). */
  public static Message withMentions(Message message, List<String> mentions, Boolean mentionsRoom) {
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
        message.reactions(),
        message.attachments(),
        message.lastReplyAt(),
        message.participants(),
        message.alsoInRoom(),
        mentions,
        mentionsRoom,
        message.pinnedAt(),
        message.pinnedBy());
  }
}
