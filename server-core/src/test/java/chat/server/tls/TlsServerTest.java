package chat.server.tls;

import static chat.server.support.TrustingClients.readCertificate;
import static chat.server.support.TrustingClients.trusting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.CertificateFingerprint;
import chat.server.ChatServer;
import chat.server.ConfigException;
import chat.server.ServerConfig;
import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both ports over TLS, with a generated certificate or the operator's own, against real clients.
 */
class TlsServerTest {

  @TempDir Path dir;

  @Test
  void httpsAndWssWorkOnTheSamePortsWithTheGeneratedCertificate() throws Exception {
    Path dataDir = dir.resolve("data");
    try (ChatServer server = start(dataDir, Map.of("TLS", "on"))) {
      X509Certificate generated = readCertificate(dataDir.resolve("tls/cert.pem"));
      HttpClient trusting = trusting(generated);
      ApiClient api = ApiClient.over(trusting, "https://127.0.0.1:" + server.httpPort());

      ApiClient.Reply info = api.get("/api/info", null);
      Login alice = api.registered("alice");

      assertThat(info.status()).isEqualTo(200);
      String wsUrl = info.body().path("wsUrl").asText();
      assertThat(wsUrl).isEqualTo("wss://127.0.0.1:" + server.wsPort() + "/ws");
      try (SocketClient socket = SocketClient.connect(trusting, wsUrl, alice.accessToken())) {
        assertThat(socket.request("ping").path("type").asText()).isEqualTo("ack");
      }
      assertThat(server.tlsFingerprint()).contains(CertificateFingerprint.of(generated));
    }
  }

  @Test
  void theGeneratedCertificateNamesLoopbackAndIsAServerCertificate() throws Exception {
    Path dataDir = dir.resolve("data");
    try (ChatServer server = start(dataDir, Map.of("TLS", "on"))) {
      X509Certificate generated = readCertificate(dataDir.resolve("tls/cert.pem"));

      List<String> names =
          generated.getSubjectAlternativeNames().stream().map(n -> n.get(1).toString()).toList();

      assertThat(names)
          .contains("localhost", "127.0.0.1")
          .anyMatch(address -> address.startsWith("0:0:0:0:0:0:0:1"));
      assertThat(generated.getPublicKey().getAlgorithm()).isEqualTo("EC");
      assertThat(generated.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
      assertThat(generated.getBasicConstraints()).isEqualTo(-1);
    }
  }

  @Test
  void theCertificateIsGeneratedOnceAndKeptAcrossRestarts() throws Exception {
    Path dataDir = dir.resolve("data");
    String first;
    try (ChatServer server = start(dataDir, Map.of("TLS", "on"))) {
      first = server.tlsFingerprint().orElseThrow();
    }
    try (ChatServer again = start(dataDir, Map.of("TLS", "on"))) {
      assertThat(again.tlsFingerprint()).contains(first);
    }
    assertThat(Files.getPosixFilePermissions(dataDir.resolve("tls/key.pem")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void twoDataDirectoriesGetTwoCertificates() throws Exception {
    try (ChatServer one = start(dir.resolve("one"), Map.of("TLS", "on"));
        ChatServer two = start(dir.resolve("two"), Map.of("TLS", "on"))) {
      assertThat(one.tlsFingerprint()).isNotEqualTo(two.tlsFingerprint());
    }
  }

  @Test
  void theOperatorsCertificateIsServedWhenGiven() throws Exception {
    ServerCertificate own =
        SelfSignedCertificate.generate(
            "chat.example.org", List.of("127.0.0.1"), List.of("chat.example.org"), Instant.now());
    PemFiles.write(own, dir.resolve("cert.pem"), dir.resolve("key.pem"));
    Path dataDir = dir.resolve("data");

    try (ChatServer server =
        start(
            dataDir,
            Map.of(
                "TLS_CERT", dir.resolve("cert.pem").toString(),
                "TLS_KEY", dir.resolve("key.pem").toString()))) {
      ApiClient api =
          ApiClient.over(trusting(own.certificate()), "https://127.0.0.1:" + server.httpPort());

      assertThat(api.get("/api/info", null).status()).isEqualTo(200);
      assertThat(server.tlsFingerprint()).contains(own.fingerprint());
      assertThat(dataDir.resolve("tls")).doesNotExist();
    }
  }

  @Test
  void aClientThatDoesNotTrustTheCertificateIsRefused() throws Exception {
    try (ChatServer server = start(dir.resolve("data"), Map.of("TLS", "on"))) {
      HttpClient ordinary = HttpClient.newHttpClient();

      assertThatThrownBy(
              () ->
                  ordinary.send(
                      HttpRequest.newBuilder(
                              URI.create("https://127.0.0.1:" + server.httpPort() + "/api/info"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(SSLHandshakeException.class);
    }
  }

  @Test
  void plainHttpAndWsToTlsPortsFail() throws Exception {
    try (ChatServer server = start(dir.resolve("data"), Map.of("TLS", "on"))) {
      HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/api/info"))
              .timeout(Duration.ofSeconds(5))
              .build();

      assertThatThrownBy(() -> plain.send(request, HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(IOException.class);
      assertThatThrownBy(
              () -> SocketClient.connect("ws://127.0.0.1:" + server.wsPort() + "/ws", null))
          .hasRootCauseInstanceOf(IOException.class);
    }
  }

  @Test
  void withoutTlsTheServerSpeaksPlainHttpAsBefore() throws Exception {
    try (ChatServer server = start(dir.resolve("data"), Map.of())) {
      ApiClient.Reply info =
          ApiClient.over(HttpClient.newHttpClient(), "http://127.0.0.1:" + server.httpPort())
              .get("/api/info", null);

      assertThat(info.body().path("wsUrl").asText()).startsWith("ws://");
      assertThat(server.tlsFingerprint()).isEmpty();
      assertThat(dir.resolve("data/tls")).doesNotExist();
    }
  }

  @Test
  void aKeyOfAnotherCertificateIsRefused() throws IOException {
    ServerCertificate one =
        SelfSignedCertificate.generate("one", List.of(), List.of(), Instant.now());
    ServerCertificate two =
        SelfSignedCertificate.generate("two", List.of(), List.of(), Instant.now());
    PemFiles.write(one, dir.resolve("one.pem"), dir.resolve("one.key"));
    PemFiles.write(two, dir.resolve("two.pem"), dir.resolve("two.key"));
    Map<String, String> env =
        Map.of(
            "TLS_CERT", dir.resolve("one.pem").toString(),
            "TLS_KEY", dir.resolve("two.key").toString());

    assertThatThrownBy(() -> start(dir.resolve("data"), env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("two.key does not belong to the certificate in")
        .hasMessageContaining("one.pem");
  }

  @Test
  void filesThatAreNotPemAreRefused() throws IOException {
    ServerCertificate good =
        SelfSignedCertificate.generate("good", List.of(), List.of(), Instant.now());
    PemFiles.write(good, dir.resolve("good.pem"), dir.resolve("good.key"));
    Files.writeString(dir.resolve("junk.txt"), "not a certificate\n");

    assertThatThrownBy(
            () ->
                start(
                    dir.resolve("data"),
                    Map.of(
                        "TLS_CERT", dir.resolve("junk.txt").toString(),
                        "TLS_KEY", dir.resolve("good.key").toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith("junk.txt holds no PEM certificate");
    assertThatThrownBy(
            () ->
                start(
                    dir.resolve("data"),
                    Map.of(
                        "TLS_CERT", dir.resolve("good.pem").toString(),
                        "TLS_KEY", dir.resolve("good.pem").toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("good.pem holds no unencrypted private key");
  }

  @Test
  void aGeneratedCertificateWithoutItsKeyIsNotSilentlyReplaced() throws Exception {
    Path dataDir = dir.resolve("data");
    String first;
    try (ChatServer server = start(dataDir, Map.of("TLS", "on"))) {
      first = server.tlsFingerprint().orElseThrow();
    }
    Files.delete(dataDir.resolve("tls/key.pem"));

    assertThatThrownBy(() -> start(dataDir, Map.of("TLS", "on")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("has lost its key");
    assertThat(CertificateFingerprint.of(readCertificate(dataDir.resolve("tls/cert.pem"))))
        .isEqualTo(first);
  }

  private static ChatServer start(Path dataDir, Map<String, String> settings)
      throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>(TestServer.environment(dataDir));
    env.putAll(settings);
    return ChatServer.start(ServerConfig.fromEnvironment(env));
  }
}
