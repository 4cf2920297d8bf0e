package chat.server.store;

import chat.protocol.model.Message;

/**
 * What a change to a stored message came to, and the message as it is after it (null when there was
 * no such message); {@code unpinned} when the change took the message out of the room's pins, as
 * the deletion of a pinned message does, decided by the write itself.
 */
public record ChangeResult(Outcome outcome, Message message, boolean unpinned) {

  /** How a change request ended. */
  public enum Outcome {
    /** Stored: the room's change position moved and the message carries it. */
    CHANGED,
    /** Already so (a reaction added twice, an absent one removed): nothing was written. */
    UNCHANGED,
    /** No message of that id in the room, or it is deleted. */
    NOT_FOUND,
    /** A cap (distinct emoji on a message, pins in a room) would be exceeded; nothing written. */
    LIMIT_REACHED
  }

  public static ChangeResult notFound() {
    return new ChangeResult(Outcome.NOT_FOUND, null, false);
  }

  public static ChangeResult limitReached(Message message) {
    return new ChangeResult(Outcome.LIMIT_REACHED, message, false);
  }

  public static ChangeResult changed(Message message) {
    return new ChangeResult(Outcome.CHANGED, message, false);
  }

  public static ChangeResult unchanged(Message message) {
    return new ChangeResult(Outcome.UNCHANGED, message, false);
  }

  /** A deletion stored; {@code unpinned} when the message was pinned until it. */
  public static ChangeResult deleted(Message message, boolean unpinned) {
    return new ChangeResult(Outcome.CHANGED, message, unpinned);
  }
}
