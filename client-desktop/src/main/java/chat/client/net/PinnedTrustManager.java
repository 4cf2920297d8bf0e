package chat.client.net;

import chat.protocol.CertificateFingerprint;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trust on first use: trusts exactly one certificate for one server, the one whose fingerprint is
 * pinned for it, and nothing else, not even a certificate a public authority signed. Without a pin
 * it trusts nothing and reports what it was shown, so the user can decide. The pin is read at each
 * handshake, so pinning a certificate takes effect on the next connection.
 *
 * <p>This replaces both the chain check and the host name check: people connect by IP address,
 * which a self-signed certificate cannot be relied on to name, and a pinned certificate identifies
 * the server by itself. It extends {@link X509ExtendedTrustManager} so that the JDK adds no host
 * name check of its own.
 */
final class PinnedTrustManager extends X509ExtendedTrustManager {

  private final String server;
  private final Supplier<Optional<String>> pin;

  /**
   * @param server {@code host:port}, for the refusal's message
   * @param pin the fingerprint trusted for this server, read at each handshake
   */
  PinnedTrustManager(String server, Supplier<Optional<String>> pin) {
    this.server = server;
    this.pin = pin;
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    if (chain == null || chain.length == 0) {
      throw new CertificateException("the server presented no certificate");
    }
    String presented = CertificateFingerprint.of(chain[0]);
    Optional<String> pinned = pin.get();
    if (!pinned.equals(Optional.of(presented))) {
      throw new CertificateException(
          "certificate not trusted", new UntrustedCertificateException(server, presented, pinned));
    }
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("this app trusts no clients");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
