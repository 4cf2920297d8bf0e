package chat.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The certificate authorities that TLS connections to Redis trust instead of the JVM's trust store
 * ({@code REDIS_TLS_CA_FILE}): a Redis run with certificates of one's own CA, or a managed service
 * that hands out its CA's certificate. Only the trust changes: the host name a node connects to
 * must still be one the Redis certificate names.
 *
 * @param file where the certificates were read from, as it may be logged
 * @param authorities the certificates, in the file's order
 */
public record RedisTrust(Path file, List<X509Certificate> authorities) {

  public RedisTrust {
    authorities = List.copyOf(authorities);
    if (authorities.isEmpty()) {
      throw new IllegalArgumentException("no certificate to trust");
    }
  }

  /**
   * The certificates of a PEM file of one or more {@code CERTIFICATE} blocks.
   *
   * @throws IllegalArgumentException whose message says, in a few words after the file's name, why
   *     the file cannot be used
   */
  public static RedisTrust read(Path file) {
    List<X509Certificate> authorities = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      for (Certificate certificate :
          CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        authorities.add((X509Certificate) certificate);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " cannot be read");
    } catch (CertificateException e) {
      throw new IllegalArgumentException(file + " is not a PEM file of certificates");
    }
    if (authorities.isEmpty()) {
      throw new IllegalArgumentException(file + " holds no certificate");
    }
    return new RedisTrust(file, authorities);
  }

  /**
   * Sockets that trust these certificates and no others; Jedis still checks the host name against
   * the server's certificate.
   */
  public SSLSocketFactory socketFactory() {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      for (int i = 0; i < authorities.size(); i++) {
        store.setCertificateEntry("redis-ca-" + i, authorities.get(i));
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("the JDK cannot make TLS sockets trusting " + file, e);
    }
  }

  /** The file only: the certificates are long and public anyway. */
  @Override
  public String toString() {
    return "RedisTrust[" + file + ", " + authorities.size() + " certificates]";
  }
}
