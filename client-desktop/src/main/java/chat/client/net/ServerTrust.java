package chat.client.net;

import chat.client.config.Settings;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import okhttp3.OkHttpClient;

/** The HTTP client for one server: as given for plain HTTP, pinned to its certificate for TLS. */
final class ServerTrust {

  private ServerTrust() {}

  /**
   * {@code http} itself for an {@code http://} address; for {@code https://}, a client sharing its
   * threads and pool that trusts only the certificate pinned for the address in {@code settings}.
   */
  static OkHttpClient clientFor(OkHttpClient http, ServerAddress address, Settings settings) {
    if (!address.secure()) {
      return http;
    }
    String server = address.hostPort();
    PinnedTrustManager trust =
        new PinnedTrustManager(server, () -> settings.pinnedCertificate(server));
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trust}, null);
      return http.newBuilder()
          .sslSocketFactory(context.getSocketFactory(), trust)
          // The pin identifies the server; see PinnedTrustManager.
          .hostnameVerifier((host, session) -> true)
          .build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK offers no TLS", e);
    }
  }
}
