package chat.server.store;

import chat.protocol.model.Message;
import java.util.List;
import java.util.Map;

/**
 * The parts of a message that can change after its append, as an adapter reads them beside the
 * parts that cannot; {@link #applyTo} puts them on the message. Empty reactions and a false {@code
 * deleted} are left out of the message (null), as the wire leaves them out.
 *
 * @param slot the message's {@link ContentSlot}
 * @param encrypted whether the store flagged the message as one of an encrypted room
 */
public record ChangeableParts(
    String slot,
    boolean encrypted,
    Long editedAt,
    boolean deleted,
    Map<String, List<String>> reactions,
    Long pinnedAt,
    String pinnedBy) {

  /**
   * {@code message} with these parts in place of its own; a deleted one is a tombstone, as {@link
   * Message#asDeleted} makes it.
   */
  public Message applyTo(Message message) {
    Message changed =
        ContentSlot.fill(message.withContent("", editedAt), slot, encrypted)
            .withReactions(reactions)
            .withPin(pinnedAt, pinnedBy);
    return deleted ? changed.asDeleted() : changed;
  }
}
