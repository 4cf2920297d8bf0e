package chat.client.net;

/** The server could not be reached, or the connection dropped before an answer came. */
public final class OfflineException extends RuntimeException {

  public OfflineException(String message) {
    super(message);
  }

  public OfflineException(String message, Throwable cause) {
    super(message, cause);
  }
}
