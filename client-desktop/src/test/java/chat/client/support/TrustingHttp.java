package chat.client.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A plain JDK client that trusts exactly one server certificate, read from its PEM file, with the
 * JDK's ordinary checks (chain and host name) on: the other person in a test, who knows nothing of
 * the app's pinning.
 */
public final class TrustingHttp {

  private TrustingHttp() {}

  public static HttpClient of(Path certificatePem) {
    try (InputStream in = Files.newInputStream(certificatePem)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry(
          "server", CertificateFactory.getInstance("X.509").generateCertificate(in));
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return HttpClient.newBuilder().sslContext(context).build();
    } catch (IOException | GeneralSecurityException e) {
      throw new AssertionError("cannot trust " + certificatePem, e);
    }
  }
}
