package chat.server.store;

import chat.protocol.model.Message;
import java.util.List;

/**
 * A stored message as the protocol shows it: the text as first stored, with its thread and its
 * mentions. Absent parts stay null (and out of the JSON): {@code alsoInRoom} and {@code
 * mentionsRoom} are true or null, {@code mentions} is null when nobody is named, and a root's
 * thread fields appear from its first reply.
 */
public final class StoredMessage {

  private StoredMessage() {}

  /**
   * @param threadId the root's messageId for a reply, else null
   * @param thread the replies of a root, null while it has none
   */
  public static Message of(
      Message text, String threadId, boolean alsoInRoom, ThreadStats thread, Mentions mentions) {
    Message placed =
        text.inThread(threadId, alsoInRoom)
            .withMentions(
                mentions.userIds().isEmpty() ? null : mentions.userIds(),
                mentions.room() ? Boolean.TRUE : null);
    return thread == null
        ? placed
        : placed.withReplies(thread.replyCount(), thread.lastReplyAt(), thread.participants());
  }

  /** Ids kept joined by commas in one stored field (no id holds a comma), as a list. */
  public static List<String> ids(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }

  /** The stored field of {@link #ids}. */
  public static String joined(List<String> ids) {
    return String.join(",", ids);
  }
}
