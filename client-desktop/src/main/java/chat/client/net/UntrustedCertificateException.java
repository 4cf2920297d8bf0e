package chat.client.net;

import java.util.Optional;

/**
 * The server presented a certificate this app does not trust for it: on first use (nothing pinned
 * yet), or a certificate other than the pinned one. Nothing was sent over that connection: the
 * check runs inside the TLS handshake, before any request.
 *
 * @see PinnedTrustManager
 */
public final class UntrustedCertificateException extends RuntimeException {

  private final String server;
  private final String presented;
  private final String pinned;

  UntrustedCertificateException(String server, String presented, Optional<String> pinned) {
    super(
        pinned.isEmpty()
            ? "The certificate of " + server + " is not trusted yet"
            : "The server's certificate has changed since you last connected to "
                + server
                + ". Someone may be intercepting the connection.");
    this.server = server;
    this.presented = presented;
    this.pinned = pinned.orElse(null);
  }

  /** The server, as {@code host:port}. */
  public String server() {
    return server;
  }

  /** The SHA-256 fingerprint of the certificate the server presented. */
  public String presented() {
    return presented;
  }

  /** The fingerprint trusted for this server before, if any. */
  public Optional<String> pinned() {
    return Optional.ofNullable(pinned);
  }

  /** A certificate was pinned and this is another one. */
  public boolean changed() {
    return pinned != null;
  }

  /** The first such refusal among {@code failure}'s causes, as a handshake failure carries it. */
  static Optional<UntrustedCertificateException> in(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UntrustedCertificateException refused) {
        return Optional.of(refused);
      }
    }
    return Optional.empty();
  }
}
