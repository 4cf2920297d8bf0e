package chat.client.selftest;

/** A self-test step that failed; the message names the step. */
public final class SelfTestFailure extends RuntimeException {

  public SelfTestFailure(String message, Throwable cause) {
    super(message + (cause == null ? "" : ": " + cause), cause);
  }
}
