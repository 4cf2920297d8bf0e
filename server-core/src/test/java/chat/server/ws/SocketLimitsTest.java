package chat.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Limits;
import chat.server.support.RawSocket;
import chat.server.support.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.java_websocket.framing.CloseFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The socket caps: per client address ({@code MAX_SOCKETS_PER_ADDRESS}) and in total ({@code
 * MAX_SOCKETS}), with the client address taken from {@code X-Forwarded-For} only when a trusted
 * proxy sends it. Clients connect from different loopback addresses.
 */
class SocketLimitsTest {

  private static final String PROXY = "127.0.0.9";

  @RegisterExtension
  static final TestServer server =
      TestServer.create(
          Map.of(
              "MAX_SOCKETS_PER_ADDRESS", "3",
              "MAX_SOCKETS", "8",
              "TRUSTED_PROXIES", PROXY,
              "SOCKET_AUTH_TIMEOUT_MS", "60000"));

  private final List<RawSocket> open = new ArrayList<>();

  @AfterEach
  void closeAll() throws InterruptedException {
    open.forEach(RawSocket::close);
    open.clear();
    Thread.sleep(200); // the server counts the closes
  }

  @Test
  void oneSocketOverTheAddressCapIsClosedWith4429AndOtherAddressesStillConnect() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertAnswers(connect("127.0.0.1", Map.of()));
    }

    assertThat(connect("127.0.0.1", Map.of()).awaitClose(Duration.ofSeconds(5)))
        .isEqualTo(OptionalInt.of(4429));
    assertAnswers(connect("127.0.0.2", Map.of()));
  }

  @Test
  void oneSocketOverTheServerCapIsClosedWith1013() throws Exception {
    for (String address : List.of("127.0.0.1", "127.0.0.2")) {
      for (int i = 0; i < 3; i++) {
        admitted(address, Map.of());
      }
    }
    admitted("127.0.0.3", Map.of());
    admitted("127.0.0.3", Map.of());

    assertThat(connect("127.0.0.4", Map.of()).awaitClose(Duration.ofSeconds(5)))
        .isEqualTo(OptionalInt.of(1013));
  }

  @Test
  void aTrustedProxyCountsByTheForwardedClient() throws Exception {
    for (int i = 0; i < 3; i++) {
      admitted(PROXY, Map.of("X-Forwarded-For", "203.0.113.1"));
    }
    admitted(PROXY, Map.of("X-Forwarded-For", "203.0.113.2"));

    assertThat(
            connect(PROXY, Map.of("X-Forwarded-For", "203.0.113.1"))
                .awaitClose(Duration.ofSeconds(5)))
        .isEqualTo(OptionalInt.of(4429));
  }

  @Test
  void anUntrustedPeerCannotForgeItsWayPastTheCap() throws Exception {
    for (int i = 0; i < 3; i++) {
      admitted("127.0.0.5", Map.of("X-Forwarded-For", "203.0.113." + i));
    }

    assertThat(
            connect("127.0.0.5", Map.of("X-Forwarded-For", "203.0.113.99"))
                .awaitClose(Duration.ofSeconds(5)))
        .isEqualTo(OptionalInt.of(4429));
  }

  @Test
  void aSocketClosedForAnOversizeFrameCountsUntilItsClientHangsUp() throws Exception {
    RawSocket closedForSize = connect("127.0.0.6", Map.of());
    sendOversizeFrame(closedForSize);
    assertThat(closedForSize.awaitClose(Duration.ofSeconds(5)))
        .isEqualTo(OptionalInt.of(CloseFrame.TOOBIG));
    admitted("127.0.0.6", Map.of());
    admitted("127.0.0.6", Map.of());

    assertThat(connect("127.0.0.6", Map.of()).awaitClose(Duration.ofSeconds(5)))
        .isEqualTo(OptionalInt.of(4429));
    closedForSize.close();
    Thread.sleep(500); // the server sees the hang-up
    assertAnswers(connect("127.0.0.6", Map.of()));
  }

  @Test
  void aClientThatNeverHangsUpIsDroppedOnceTheDrainTimeHasPassed() throws Exception {
    RawSocket closedForSize = connect("127.0.0.7", Map.of());
    sendOversizeFrame(closedForSize);
    assertThat(closedForSize.awaitClose(Duration.ofSeconds(5)))
        .isEqualTo(OptionalInt.of(CloseFrame.TOOBIG));
    connect("127.0.0.7", Map.of());
    connect("127.0.0.7", Map.of());

    Thread.sleep(SocketDrain.MAX_TIME.plusSeconds(1).toMillis());

    assertAnswers(connect("127.0.0.7", Map.of()));
  }

  @Test
  void aClientThatKeepsWritingAfterTheCloseIsCutOffAfterTheDrainBytes() throws Exception {
    RawSocket closedForSize = connect("127.0.0.8", Map.of());
    sendOversizeFrame(closedForSize);
    byte[] chunk = new byte[64 * 1024];
    long written = 0;
    long deadline = System.nanoTime() + SocketDrain.MAX_TIME.toNanos();

    try {
      while (written < 4 * SocketDrain.MAX_BYTES && System.nanoTime() < deadline) {
        closedForSize.sendRaw(chunk);
        written += chunk.length;
      }
    } catch (IOException cutOff) {
      // what the server does once it has discarded its bound
    }

    assertThat(written).isLessThan(4 * SocketDrain.MAX_BYTES);
    assertThat(System.nanoTime()).isLessThan(deadline);
  }

  /** The header of a frame over the close limit and a part of its payload. */
  private static void sendOversizeFrame(RawSocket socket) throws IOException {
    try {
      socket.sendTextFrame(new byte[Limits.MAX_FRAME_BYTES_BEFORE_CLOSE + 1]);
    } catch (IOException cutOff) {
      // the server may stop reading once it has seen the length
    }
  }

  private RawSocket connect(String from, Map<String, String> headers) {
    RawSocket socket = RawSocket.upgraded(server.wsUrl(), InetAddress.ofLiteral(from), headers);
    open.add(socket);
    return socket;
  }

  /** An admitted socket answers: before authentication, with an error asking for it. */
  /**
   * Connects and waits for the server's answer: the server admits a socket just after its
   * handshake, on one of several threads, so one not yet answered might be counted after the next.
   */
  private void admitted(String address, Map<String, String> headers) throws Exception {
    assertAnswers(connect(address, headers));
  }

  private static void assertAnswers(RawSocket socket) throws Exception {
    socket.sendText("{\"type\":\"ping\",\"requestId\":\"p1\"}");
    RawSocket.Frame answer = socket.readFrame(Duration.ofSeconds(5));
    assertThat(answer.opcode()).isEqualTo(RawSocket.Frame.TEXT);
    assertThat(answer.text()).contains("UNAUTHORIZED");
  }
}
