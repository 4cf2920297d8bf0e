package chat.server.store;

/**
 * An append named a file that is not an unsent file of the sender's in the message's room (another
 * user's, another room's, already sent, or none at all): nothing was stored.
 */
public final class UnusableAttachmentsException extends RuntimeException {

  public UnusableAttachmentsException() {
    super(
        "not every attachment is an unsent file of the sender's in this room", null, false, false);
  }
}
