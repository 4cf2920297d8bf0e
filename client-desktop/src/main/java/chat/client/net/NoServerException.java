package chat.client.net;

/**
 * No chat server at an address: nothing answers there, or something else does (another program, or
 * the server's socket port instead of its HTTP port). The message is one sentence for the user.
 */
public final class NoServerException extends RuntimeException {

  private NoServerException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Nothing listens at {@code hostPort}, or the host is not found. */
  static NoServerException nothingAnswers(String hostPort, Throwable cause) {
    return new NoServerException("Nothing answers at " + hostPort + ".", cause);
  }

  /** Something answered HTTP at {@code hostPort}, but not as a chat server. */
  static NoServerException notAChatServer(String hostPort, Throwable cause) {
    return new NoServerException(hostPort + " is not a chat server.", cause);
  }

  /**
   * The chat server at {@code hostPort} answered only in plain HTTP, and the address typed asked
   * for TLS.
   */
  static NoServerException withoutTls(String hostPort) {
    return new NoServerException(
        hostPort + " does not use TLS: type http://" + hostPort + " to connect without encryption.",
        null);
  }
}
