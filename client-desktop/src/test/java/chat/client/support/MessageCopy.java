package chat.client.support;

import chat.protocol.model.Message;
import java.util.List;

/**
 * A message as the server sends it after a change (an edit, a pin, replies, mentions): a copy of
 * another with the fields named set and every other field kept.
 */
public final class MessageCopy {

  private final Message of;
  private String content;
  private Long editedAt;
  private String threadId;
  private Boolean alsoInRoom;
  private Integer replyCount;
  private Long lastReplyAt;
  private List<String> participants;
  private List<String> mentions;
  private Boolean mentionsRoom;
  private Long pinnedAt;
  private String pinnedBy;

  private MessageCopy(Message of) {
    this.of = of;
    content = of.content();
    editedAt = of.editedAt();
    threadId = of.threadId();
    alsoInRoom = of.alsoInRoom();
    replyCount = of.replyCount();
    lastReplyAt = of.lastReplyAt();
    participants = of.participants();
    mentions = of.mentions();
    mentionsRoom = of.mentionsRoom();
    pinnedAt = of.pinnedAt();
    pinnedBy = of.pinnedBy();
  }

  public static MessageCopy of(Message message) {
    return new MessageCopy(message);
  }

  public MessageCopy edited(String newContent, long at) {
    content = newContent;
    editedAt = at;
    return this;
  }

  /** A reply in the thread of {@code rootId}, posted to the room too when {@code inRoom}. */
  public MessageCopy inThread(String rootId, boolean inRoom) {
    threadId = rootId;
    alsoInRoom = inRoom ? true : null;
    return this;
  }

  /** A root once replied to. */
  public MessageCopy replied(int replies, long lastAt, List<String> repliers) {
    replyCount = replies;
    lastReplyAt = lastAt;
    participants = repliers;
    return this;
  }

  /** The server's {@code mentions} and {@code mentionsRoom} (either null). */
  public MessageCopy mentioning(List<String> userIds, Boolean room) {
    mentions = userIds;
    mentionsRoom = room;
    return this;
  }

  public MessageCopy pinned(long at, String byUserId) {
    pinnedAt = at;
    pinnedBy = byUserId;
    return this;
  }

  public Message message() {
    return new Message(
        of.messageId(),
        of.roomId(),
        of.senderId(),
        of.senderName(),
        content,
        of.timestamp(),
        of.type(),
        of.clientMsgId(),
        threadId,
        replyCount,
        editedAt,
        of.deleted(),
        of.reactions(),
        of.attachments(),
        lastReplyAt,
        participants,
        alsoInRoom,
        mentions,
        mentionsRoom,
        pinnedAt,
        pinnedBy);
  }
}
