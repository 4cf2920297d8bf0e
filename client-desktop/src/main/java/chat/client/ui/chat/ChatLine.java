package chat.client.ui.chat;

/**
 * One row of the chat list: a day separator, a message, or one of ours still waiting for the
 * server. {@code key} is the messageId, the clientMsgId while pending, or the day.
 */
public record ChatLine(
    Kind kind, String key, String sender, String content, long timestamp, boolean own) {

  /** What the row shows. */
  public enum Kind {
    DAY,
    MESSAGE,
    PENDING
  }

  static ChatLine day(String label, long timestamp) {
    return new ChatLine(Kind.DAY, label, null, label, timestamp, false);
  }
}
