package chat.client.ui.chat;

/**
 * One row of the chat list: a day separator, the "New messages" line, a message, one of ours still
 * waiting for the server, or one the server refused. {@code key} is the messageId, the clientMsgId
 * while pending or refused, or the day. {@code groupStart} is true for the first message of a run
 * by one sender within {@link ChatRows#GROUP_GAP_MILLIS}: only that one shows name and time. {@code
 * note} is the server's reason for a refused message, empty otherwise. {@code thread} is the
 * summary of a thread's root (null for any other row); {@code repliedIn} links a reply that was
 * also posted to the room to its thread (null for any other row).
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
    ThreadSummary thread,
    ThreadLink repliedIn) {

  /** What the row shows. */
  public enum Kind {
    DAY,
    UNREAD,
    MESSAGE,
    PENDING,
    FAILED
  }

  static ChatLine day(String label, long timestamp) {
    return new ChatLine(
        Kind.DAY, label, null, null, label, timestamp, false, false, "", null, null);
  }

  static ChatLine unread(long timestamp) {
    return new ChatLine(
        Kind.UNREAD, "unread", null, null, "New messages", timestamp, false, false, "", null, null);
  }

  /** A message row of ours or someone's: sent, pending or refused. */
  boolean isMessage() {
    return kind == Kind.MESSAGE || kind == Kind.PENDING || kind == Kind.FAILED;
  }
}
