package chat.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.RawSocket;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Nothing a client leaves unfinished holds a socket for long: each stage has its deadline. */
class SocketTimeoutsTest {

  private static final InetAddress LOOPBACK = InetAddress.ofLiteral("127.0.0.1");

  @RegisterExtension
  static final TestServer server =
      TestServer.create(
          Map.of(
              "SOCKET_HANDSHAKE_TIMEOUT_MS", "500",
              "SOCKET_AUTH_TIMEOUT_MS", "1500",
              "SOCKET_PING_INTERVAL_SECONDS", "1"));

  @Test
  void aConnectionThatNeverSendsAHandshakeIsDropped() throws Exception {
    try (RawSocket silent = RawSocket.tcp(server.wsUrl(), LOOPBACK)) {
      assertThat(silent.endsWithin(Duration.ofSeconds(4))).isTrue();
    }
  }

  @Test
  void aHandshakeSentHalfwayIsDropped() throws Exception {
    try (RawSocket slow = RawSocket.tcp(server.wsUrl(), LOOPBACK)) {
      slow.sendRaw("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));

      assertThat(slow.endsWithin(Duration.ofSeconds(4))).isTrue();
    }
  }

  @Test
  void aSocketThatNeverAuthenticatesIsClosedWith4408AfterTheConfiguredTime() {
    SocketClient socket = server.openSocket(null);

    assertThat(socket.awaitClose(Duration.ofSeconds(5)).code()).isEqualTo(4408);
  }

  @Test
  void anAuthenticatedSocketThatAnswersNoPingIsReaped() throws Exception {
    Login login = server.api().registered("silent");
    try (RawSocket silent = RawSocket.upgraded(server.wsUrl(), LOOPBACK, Map.of())) {
      silent.sendText(
          "{\"type\":\"auth\",\"requestId\":\"a1\",\"token\":\"" + login.accessToken() + "\"}");

      // Pings arrive and go unanswered; the connection ends without a close handshake.
      assertThat(silent.awaitClose(Duration.ofSeconds(6))).isEqualTo(OptionalInt.empty());
    }
  }
}
