package chat.client.ui.markdown;

import chat.protocol.model.Message;
import java.util.List;

/**
 * Whom a message mentions, as far as the reader is concerned: what the server said in its {@code
 * mentions} and {@code mentionsRoom}, reduced to whether it named the reader, the room, or anyone
 * else. {@code said} is false when the server said nothing (an older server, or one of ours not
 * sent yet): the text alone decides then.
 */
public record Mentioned(boolean said, boolean reader, boolean room, boolean others) {

  /** The server said nothing about mentions. */
  public static final Mentioned UNSAID = new Mentioned(false, false, false, false);

  /** What {@code message} says about mentions, for the reader whose id is {@code readerId}. */
  public static Mentioned of(Message message, String readerId) {
    if (message.mentions() == null && message.mentionsRoom() == null) {
      return UNSAID;
    }
    List<String> userIds = message.mentions() == null ? List.of() : message.mentions();
    return new Mentioned(
        true,
        userIds.contains(readerId),
        Boolean.TRUE.equals(message.mentionsRoom()),
        userIds.stream().anyMatch(userId -> !userId.equals(readerId)));
  }
}
