package chat.server.store;

import chat.protocol.model.EncryptedContent;
import java.util.List;

/**
 * A message about to be appended; the store assigns its id and its place in the room's order.
 *
 * @param threadId the root's messageId when the message is a thread reply (the sending service has
 *     checked that the root is a message of the room and no reply itself), else null
 * @param alsoInRoom for a reply: shown in the room's timeline too; false for any other message
 * @param mentions whom the content mentions, already resolved against the room's members
 * @param attachmentIds files to link to the message: the store links them with the append, or
 *     stores nothing ({@link UnusableAttachmentsException}) unless each is an unsent file of the
 *     sender's in this room
 */
public record NewMessage(
    String roomId,
    String senderId,
    String senderName,
    String content,
    String clientMsgId,
    long timestamp,
    String threadId,
    boolean alsoInRoom,
    Mentions mentions,
    List<String> attachmentIds,
    EncryptedContent encrypted) {

  public NewMessage {
    if (threadId == null && alsoInRoom) {
      throw new IllegalArgumentException("only a thread reply can be also in the room");
    }
    attachmentIds = List.copyOf(attachmentIds);
  }

  /** A message to the room's timeline that mentions nobody. */
  public NewMessage(
      String roomId,
      String senderId,
      String senderName,
      String content,
      String clientMsgId,
      long timestamp) {
    this(
        roomId,
        senderId,
        senderName,
        content,
        clientMsgId,
        timestamp,
        null,
        false,
        Mentions.NONE,
        List.of(),
        null);
  }

  /** The same message, encrypted: {@code encrypted} stands in for its (empty) content. */
  public NewMessage encrypting(EncryptedContent text) {
    return with(threadId, alsoInRoom, mentions, attachmentIds, text);
  }

  /** What the store keeps in the message's {@link ContentSlot}. */
  public String slot() {
    return ContentSlot.of(content, encrypted);
  }

  /** The same message, mentioning {@code whom}. */
  public NewMessage mentioning(Mentions whom) {
    return with(threadId, alsoInRoom, whom, attachmentIds, encrypted);
  }

  /** The same message as a reply in the thread of {@code rootId}. */
  public NewMessage inThread(String rootId, boolean shownInRoom) {
    return with(rootId, shownInRoom, mentions, attachmentIds, encrypted);
  }

  /** The same message with these files attached. */
  public NewMessage attaching(List<String> fileIds) {
    return with(threadId, alsoInRoom, mentions, fileIds, encrypted);
  }

  /** A copy with the same room, sender, content, client id and time, and these other parts. */
  private NewMessage with(
      String thread,
      boolean shownInRoom,
      Mentions whom,
      List<String> fileIds,
      EncryptedContent text) {
    return new NewMessage(
        this.roomId,
        this.senderId,
        this.senderName,
        this.content,
        this.clientMsgId,
        this.timestamp,
        thread,
        shownInRoom,
        whom,
        fileIds,
        text);
  }

  /** Whether the message shows in the room's timeline: every message but a thread-only reply. */
  public boolean inTimeline() {
    return threadId == null || alsoInRoom;
  }
}
