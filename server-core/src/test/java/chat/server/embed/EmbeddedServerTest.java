package chat.server.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.server.ConfigException;
import chat.server.support.ApiClient;
import chat.server.support.SocketClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding API as the desktop app uses it: a real server on loopback, started and stopped. */
class EmbeddedServerTest {

  @TempDir Path dir;

  private EmbeddedServer.Builder onLoopback() {
    return EmbeddedServer.builder(dir.resolve("data"))
        .host("127.0.0.1")
        .ports(0, 0)
        .settings(Map.of("BCRYPT_COST", "4"));
  }

  @Test
  void startsOnFreePortsAndIsReadyUntilStopped() throws Exception {
    EmbeddedServer server = onLoopback().start();
    try {
      HttpResponse<String> ready =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + server.httpPort() + "/readyz"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(server.isReady()).isTrue();
      assertThat(server.wsPort()).isPositive().isNotEqualTo(server.httpPort());
      assertThat(server.tlsFingerprint()).as("TLS is off unless asked for").isEmpty();
      assertThat(server.lanAddresses()).doesNotContain("127.0.0.1");
    } finally {
      server.stop();
    }
    assertThat(server.isReady()).isFalse();
    server.stop();
  }

  @Test
  void aRestartOnTheSameDataDirectoryPresentsTheSameCertificate() throws Exception {
    String first;
    try (EmbeddedServer server = onLoopback().tls(true).start()) {
      first = server.tlsFingerprint().orElseThrow();
    }

    try (EmbeddedServer again = onLoopback().tls(true).start()) {
      assertThat(again.tlsFingerprint()).contains(first);
    }
  }

  @Test
  void settingsByNameReplaceTheOptions() throws Exception {
    try (EmbeddedServer server =
        onLoopback().tls(true).settings(Map.of("TLS", "off", "HOST", "127.0.0.1")).start()) {
      assertThat(server.tlsFingerprint()).isEmpty();
    }
  }

  @Test
  void connectedUsernamesNameEachUserWithAnOpenSocketOnce() throws Exception {
    try (EmbeddedServer server = onLoopback().start()) {
      ApiClient api =
          ApiClient.over(HttpClient.newHttpClient(), "http://127.0.0.1:" + server.httpPort());
      String ws = "ws://127.0.0.1:" + server.wsPort() + "/ws";
      ApiClient.Login bob = api.registered("Bob");
      ApiClient.Login alice = api.registered("alice");
      assertThat(server.connectedUsernames()).isEmpty();

      try (SocketClient bobsSocket = SocketClient.connect(ws, bob.accessToken());
          SocketClient alicesLaptop = SocketClient.connect(ws, alice.accessToken());
          SocketClient alicesPhone = SocketClient.connect(ws, alice.accessToken())) {
        awaitConnected(server, List.of("alice", "Bob"));

        bobsSocket.close();
        awaitConnected(server, List.of("alice"));
      }
    }
  }

  private static void awaitConnected(EmbeddedServer server, List<String> expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!server.connectedUsernames().equals(expected) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(server.connectedUsernames()).isEqualTo(expected);
  }

  @Test
  void anUnusableSettingIsReportedAndNothingStarts() {
    assertThatThrownBy(() -> onLoopback().settings(Map.of("BCRYPT_COST", "99")).start())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("BCRYPT_COST");
  }
}
