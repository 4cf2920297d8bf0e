package chat.client.e2ee;

/** Why {@link Verifications#verify} could not ask anyone; nothing was sent. */
public final class CannotVerifyException extends IllegalStateException {

  /** What stood in the way. */
  public enum Why {
    /** This device is not set up for encryption. */
    NOT_READY,
    /** The user has no device this one trusts: none, or their identity key changed. */
    NO_TRUSTED_DEVICE,
    /** A verification with the user is under way. */
    UNDER_WAY
  }

  private final Why why;

  CannotVerifyException(Why why, String userId) {
    super(why + ": " + userId);
    this.why = why;
  }

  public Why why() {
    return why;
  }
}
