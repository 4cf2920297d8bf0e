package chat.server.tls;

import chat.protocol.CertificateFingerprint;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The certificate both ports present, with its private key. Held in memory only; the key never
 * leaves the data directory or the file it was read from.
 *
 * @param chain the server's certificate first, then any intermediates
 */
public record ServerCertificate(List<X509Certificate> chain, PrivateKey key) {

  public ServerCertificate {
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a certificate chain needs a certificate");
    }
  }

  /** The server's own certificate. */
  public X509Certificate certificate() {
    return chain.getFirst();
  }

  /** See {@link CertificateFingerprint}. */
  public String fingerprint() {
    return CertificateFingerprint.of(certificate());
  }

  /** A server-side TLS context presenting this certificate. */
  public SSLContext sslContext() {
    try {
      char[] password = new char[0];
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("server", key, password, chain.toArray(X509Certificate[]::new));
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("the JDK cannot hold this key for TLS: " + e.getMessage(), e);
    }
  }

  /** Keeps the key out of logs. */
  @Override
  public String toString() {
    return "ServerCertificate["
        + certificate().getSubjectX500Principal()
        + ", "
        + fingerprint()
        + "]";
  }
}
