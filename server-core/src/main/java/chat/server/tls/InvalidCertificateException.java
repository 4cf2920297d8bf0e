package chat.server.tls;

/**
 * A certificate or key file that cannot be used; the message says which and why, for the operator.
 */
public final class InvalidCertificateException extends RuntimeException {

  public InvalidCertificateException(String message) {
    super(message);
  }

  public InvalidCertificateException(String message, Throwable cause) {
    super(message, cause);
  }
}
