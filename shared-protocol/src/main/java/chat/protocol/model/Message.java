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
 * reactions, attachments or mentions, its place and thread kept. A message of an encrypted room
 * carries {@code encrypted} (its sender's ciphertext) and an empty {@code content}; its tombstone
 * carries neither.
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
    String pinnedBy,
    EncryptedContent encrypted) {

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
        null,
        null);
  }

  /** This message shown as sent by {@code name}, as {@link User#DELETED_NAME} for instance. */
  public Message withSenderName(String name) {
    Copy copy = new Copy(this);
    copy.senderName = name;
    return copy.message();
  }

  /** This message edited: {@code content} in place of its own, changed at {@code editedAt}. */
  public Message withContent(String content, Long editedAt) {
    Copy copy = new Copy(this);
    copy.content = content;
    copy.editedAt = editedAt;
    return copy.message();
  }

  /** This message carrying {@code encrypted} (null: none) in place of its own. */
  public Message withEncrypted(EncryptedContent encrypted) {
    Copy copy = new Copy(this);
    copy.encrypted = encrypted;
    return copy.message();
  }

  /**
   * This message with {@code reactions} ({@code {emoji: [userId]}}) in place of its own; empty
   * reactions are left out (null), as the wire leaves them out.
   */
  public Message withReactions(Map<String, List<String>> reactions) {
    Copy copy = new Copy(this);
    copy.reactions = reactions == null || reactions.isEmpty() ? null : reactions;
    return copy.message();
  }

  /** This message pinned at {@code pinnedAt} by {@code pinnedBy}; both null: not pinned. */
  public Message withPin(Long pinnedAt, String pinnedBy) {
    Copy copy = new Copy(this);
    copy.pinnedAt = pinnedAt;
    copy.pinnedBy = pinnedBy;
    return copy.message();
  }

  /**
   * This message as a reply in the thread of {@code threadId}, shown in the room's timeline too
   * when {@code alsoInRoom} ({@code alsoInRoom} is true or null, as the wire has it).
   */
  public Message inThread(String threadId, boolean alsoInRoom) {
    Copy copy = new Copy(this);
    copy.threadId = threadId;
    copy.alsoInRoom = alsoInRoom ? Boolean.TRUE : null;
    return copy.message();
  }

  /** This thread root with its replies' count, last reply time and repliers (null: none yet). */
  public Message withReplies(Integer replyCount, Long lastReplyAt, List<String> participants) {
    Copy copy = new Copy(this);
    copy.replyCount = replyCount;
    copy.lastReplyAt = lastReplyAt;
    copy.participants = participants;
    return copy.message();
  }

  /**
   * This message with the given {@code mentions} and {@code mentionsRoom}, as they are: null says a
   * server that reads no mentions sent it, so an empty list or false is kept as such.
   */
  public Message withMentions(List<String> mentions, Boolean mentionsRoom) {
    Copy copy = new Copy(this);
    copy.mentions = mentions;
    copy.mentionsRoom = mentionsRoom;
    return copy.message();
  }

  /** This message with files attached, which makes it a {@code media} message. */
  public Message withAttachments(List<Attachment> attachments) {
    Copy copy = new Copy(this);
    copy.attachments = attachments;
    copy.type = MessageType.MEDIA;
    return copy.message();
  }

  /**
   * The tombstone this message becomes: no content, encrypted text, reactions, attachments,
   * mentions or pin; its place, sender, time, edit time and thread kept. Its type is kept too, so a
   * deleted {@code MEDIA} message is still {@code MEDIA} though its attachments are gone: a
   * tombstone is told by {@code deleted}, never by its type.
   */
  public Message asDeleted() {
    Copy copy = new Copy(this);
    copy.content = "";
    copy.deleted = Boolean.TRUE;
    copy.reactions = null;
    copy.attachments = null;
    copy.mentions = null;
    copy.mentionsRoom = null;
    copy.pinnedAt = null;
    copy.pinnedBy = null;
    copy.encrypted = null;
    return copy.message();
  }

  /**
   * The parts of a message that can differ between its copies, each set from the original until a
   * copy method changes it; its id, room, sender's id, time and clientMsgId never change.
   */
  private static final class Copy {

    private final Message of;
    private String senderName;
    private String content;
    private MessageType type;
    private String threadId;
    private Integer replyCount;
    private Long editedAt;
    private Boolean deleted;
    private Map<String, List<String>> reactions;
    private List<Attachment> attachments;
    private Long lastReplyAt;
    private List<String> participants;
    private Boolean alsoInRoom;
    private List<String> mentions;
    private Boolean mentionsRoom;
    private Long pinnedAt;
    private String pinnedBy;
    private EncryptedContent encrypted;

    private Copy(Message of) {
      this.of = of;
      senderName = of.senderName;
      content = of.content;
      type = of.type;
      threadId = of.threadId;
      replyCount = of.replyCount;
      editedAt = of.editedAt;
      deleted = of.deleted;
      reactions = of.reactions;
      attachments = of.attachments;
      lastReplyAt = of.lastReplyAt;
      participants = of.participants;
      alsoInRoom = of.alsoInRoom;
      mentions = of.mentions;
      mentionsRoom = of.mentionsRoom;
      pinnedAt = of.pinnedAt;
      pinnedBy = of.pinnedBy;
      encrypted = of.encrypted;
    }

    private Message message() {
      return new Message(
          of.messageId,
          of.roomId,
          of.senderId,
          senderName,
          content,
          of.timestamp,
          type,
          of.clientMsgId,
          threadId,
          replyCount,
          editedAt,
          deleted,
          reactions,
          attachments,
          lastReplyAt,
          participants,
          alsoInRoom,
          mentions,
          mentionsRoom,
          pinnedAt,
          pinnedBy,
          encrypted);
    }
  }
}
