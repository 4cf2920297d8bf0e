package chat.server.store;

import chat.protocol.model.Message;
import java.util.Optional;

/**
 * The outcome of an append: the stored message, its place in the room's order ({@code seq}: 1 for
 * the room's first message, one more for each next), and whether this call stored it ({@code false}
 * when the same sender had already sent the same {@code clientMsgId} to the room).
 *
 * @param root for a new thread reply, its root as the reply left it (one more reply, the new {@code
 *     lastReplyAt}, the replier among the participants); null otherwise, a resend included
 */
public record AppendResult(Message message, long seq, boolean created, Message root) {

  /** The outcome of an append outside any thread. */
  public AppendResult(Message message, long seq, boolean created) {
    this(message, seq, created, null);
  }

  /** The root that changed, when this append stored a new reply. */
  public Optional<Message> changedRoot() {
    return Optional.ofNullable(root);
  }
}
