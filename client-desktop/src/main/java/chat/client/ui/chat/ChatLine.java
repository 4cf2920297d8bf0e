package chat.client.ui.chat;

import chat.client.ui.markdown.Mentioned;
import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import java.util.List;
import java.util.Map;

/**
 * One row of the chat list: a day separator, the "New messages" line, a message, one of ours still
 * waiting for the server, or one the server refused. {@code key} is the messageId, the clientMsgId
 * while pending or refused, or the day. {@code groupStart} is true for the first message of a run
 * by one sender within {@link ChatRows#GROUP_GAP_MILLIS}: only that one shows name and time. {@code
 * note} is the server's reason for a refused message; for a message of an encrypted room that reads
 * as no text (no key yet, tampered with, forged, replayed, unreadable), the sentence saying why,
 * shown in its place; empty otherwise. {@code mentioned} is whom the server said a message mentions
 * ({@link Mentioned#UNSAID} for every other row). {@code thread} is the summary of a thread's root
 * (null for any other row); {@code repliedIn} links a reply that was also posted to the room to its
 * thread (null for any other row). {@code message} is the message a {@link Kind#MESSAGE} row shows,
 * as it is now (edited, deleted, reacted to); null for the other rows.
 */
public record ChatLine(
    Kind kind,
    String key,
    String senderId,
    String sender,
    String content,
    long timestamp,
    boolean own,
    boolean groupStart,
    String note,
    Mentioned mentioned,
    ThreadSummary thread,
    ThreadLink repliedIn,
    Message message) {

  /** A row of no message held (pending, refused, a separator): no mentions, thread or message. */
  public ChatLine(
      Kind kind,
      String key,
      String senderId,
      String sender,
      String content,
      long timestamp,
      boolean own,
      boolean groupStart,
      String note) {
    this(
        kind,
        key,
        senderId,
        sender,
        content,
        timestamp,
        own,
        groupStart,
        note,
        Mentioned.UNSAID,
        null,
        null,
        null);
  }

  /** What the row shows. */
  public enum Kind {
    DAY,
    UNREAD,
    MESSAGE,
    PENDING,
    FAILED
  }

  static ChatLine day(String label, long timestamp) {
    return new ChatLine(Kind.DAY, label, null, null, label, timestamp, false, false, "");
  }

  static ChatLine unread(long timestamp) {
    return new ChatLine(
        Kind.UNREAD, "unread", null, null, "New messages", timestamp, false, false, "");
  }

  /** A message row of ours or someone's: sent, pending or refused. */
  boolean isMessage() {
    return kind == Kind.MESSAGE || kind == Kind.PENDING || kind == Kind.FAILED;
  }

  /** Whether the row shows a message that was deleted: a tombstone. */
  public boolean deleted() {
    return message != null && Boolean.TRUE.equals(message.deleted());
  }

  /** When the message was last edited, or null when it never was. */
  public Long editedAt() {
    return message == null || deleted() ? null : message.editedAt();
  }

  /** The message's files, in the order sent; none for a tombstone or a row of no message. */
  public List<Attachment> attachments() {
    return message == null || deleted() || message.attachments() == null
        ? List.of()
        : message.attachments();
  }

  /** The message's reactions, {@code {emoji: [userId]}}, empty when it has none. */
  public Map<String, List<String>> reactions() {
    return message == null || message.reactions() == null ? Map.of() : message.reactions();
  }
}
