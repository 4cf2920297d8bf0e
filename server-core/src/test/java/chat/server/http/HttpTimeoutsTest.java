package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.RawSocket;
import chat.server.support.ServerProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests that never finish are dropped after {@code HTTP_REQUEST_TIMEOUT_SECONDS}. In a process
 * of its own: the JDK server reads its timeouts once per JVM.
 */
class HttpTimeoutsTest {

  private static final InetAddress LOOPBACK = InetAddress.ofLiteral("127.0.0.1");
  private static final int SLOW_CLIENTS = 100;

  @TempDir static Path dataDir;
  static ServerProcess server;

  @BeforeAll
  static void start() {
    server = ServerProcess.start(dataDir, Map.of("HTTP_REQUEST_TIMEOUT_SECONDS", "2"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void slowlorisConnectionsSendingAByteAtATimeAreDropped() throws Exception {
    byte[] request =
        "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
            .getBytes(StandardCharsets.US_ASCII);
    List<RawSocket> clients = new ArrayList<>();
    try {
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        RawSocket client = RawSocket.tcp(server.httpUrl(), LOOPBACK);
        client.sendRaw(new byte[] {request[0]});
        clients.add(client);
      }
      List<RawSocket> stillOpen = new ArrayList<>(clients);
      long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
      for (int sent = 1; !stillOpen.isEmpty() && System.nanoTime() < deadline; sent++) {
        Thread.sleep(100);
        byte next = sent < request.length ? request[sent] : (byte) 'x';
        stillOpen.removeIf(client -> !sends(client, next));
      }

      assertThat(stillOpen).as("connections still open after 8 s").isEmpty();
    } finally {
      clients.forEach(RawSocket::close);
    }
  }

  @Test
  void aStalledBodyIsDroppedAndLoggedAsNoBug() throws Exception {
    try (RawSocket client = RawSocket.tcp(server.httpUrl(), LOOPBACK)) {
      client.sendRaw(
          ("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 100\r\n\r\n{\"username\":")
              .getBytes(StandardCharsets.US_ASCII));

      assertThat(client.endsWithin(Duration.ofSeconds(8))).isTrue();
    }
    try (RawSocket client = RawSocket.tcp(server.httpUrl(), LOOPBACK)) {
      client.sendRaw(
          ("POST /api/auth/register HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{")
              .getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(server.api().get("/healthz", null).status()).isEqualTo(200);

    assertThat(server.output())
        .noneMatch(line -> line.contains("ERROR") || line.startsWith("\tat "));
  }

  /** Whether the byte could still be sent (a dropped connection refuses it soon after). */
  private static boolean sends(RawSocket client, byte next) {
    try {
      client.sendRaw(new byte[] {next});
      return true;
    } catch (IOException dropped) {
      return false;
    }
  }
}
