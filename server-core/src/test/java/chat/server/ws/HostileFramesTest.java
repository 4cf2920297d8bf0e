package chat.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import chat.protocol.Limits;
import chat.server.support.RawSocket;
import chat.server.support.TestServer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.java_websocket.framing.CloseFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** Frames no client should send get the protocol's close code, and no flood in the log. */
class HostileFramesTest {

  private static final InetAddress LOOPBACK = InetAddress.ofLiteral("127.0.0.1");
  private static final int OVERSIZE_FRAMES = 300;
  private static final int BEHIND_ON_READING_ROUNDS = 5;
  private static final int UNREAD_ANSWERS = 200;
  private static final int SMALL_RECEIVE_BUFFER = 4096;
  private static final byte[] INVALID_UTF8 = {'{', (byte) 0xc3, (byte) 0x28, '}'};

  @RegisterExtension static final TestServer server = TestServer.create();

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void listen() {
    logged.start();
    rootLogger().addAppender(logged);
  }

  @AfterEach
  void stopListening() {
    rootLogger().detachAppender(logged);
  }

  @Test
  void invalidUtf8ClosesWith1007AndLogsNoStackTrace() throws Exception {
    for (int i = 0; i < 20; i++) {
      try (RawSocket socket = RawSocket.upgraded(server.wsUrl(), LOOPBACK, Map.of())) {
        socket.sendTextFrame(INVALID_UTF8);

        assertThat(socket.awaitClose(Duration.ofSeconds(5)))
            .isEqualTo(OptionalInt.of(CloseFrame.NO_UTF8));
      }
    }

    assertThat(logged.list).allMatch(event -> event.getThrowableProxy() == null);
    assertThat(logged.list)
        .filteredOn(event -> event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
        .isEmpty();
  }

  @Test
  void everyFrameOverTheCloseLimitIsClosedWith1009() throws Exception {
    byte[] oversize = new byte[Limits.MAX_FRAME_BYTES_BEFORE_CLOSE + 1];
    java.util.Random random = new java.util.Random(42);
    List<OptionalInt> closes = new ArrayList<>();
    for (int i = 0; i < OVERSIZE_FRAMES; i++) {
      random.nextBytes(oversize);
      try (RawSocket socket = RawSocket.upgraded(server.wsUrl(), LOOPBACK, Map.of())) {
        try {
          socket.sendTextFrame(oversize);
        } catch (java.io.IOException cutOff) {
          // the server may stop reading once it has seen the length
        }
        closes.add(socket.awaitClose(Duration.ofSeconds(5)));
      }
    }

    assertThat(closes).containsOnly(OptionalInt.of(CloseFrame.TOOBIG));
  }

  /**
   * A client that has not read the server's answers yet (its receive window full) and is still
   * writing its oversize frame: the close frame waits in the server's send buffer behind the
   * answers. Closing then, with the client's bytes unread, makes the kernel reset the connection
   * and throw that buffer away; the client reads its answers and then "connection reset" (1006).
   */
  @Test
  void aClientBehindOnReadingAndStillWritingSeesTheOversizeClose1009() throws Exception {
    List<OptionalInt> closes = new ArrayList<>();
    for (int size : new int[] {Limits.MAX_FRAME_BYTES_BEFORE_CLOSE + 1, 4 << 20, 8 << 20}) {
      for (int i = 0; i < BEHIND_ON_READING_ROUNDS; i++) {
        try (RawSocket socket = RawSocket.tcp(server.wsUrl(), LOOPBACK, SMALL_RECEIVE_BUFFER)) {
          socket.upgrade(server.wsUrl(), Map.of());
          for (int request = 0; request < UNREAD_ANSWERS; request++) {
            socket.sendText("{}");
          }
          socket.awaitUnreadBytesSettled(Duration.ofSeconds(5));
          try {
            socket.sendTextFrame(new byte[size]);
          } catch (java.io.IOException cutOff) {
            // the server may stop reading once it has seen the length
          }
          closes.add(socket.awaitClose(Duration.ofSeconds(10)));
        }
      }
    }

    assertThat(closes).containsOnly(OptionalInt.of(CloseFrame.TOOBIG));
  }

  private static Logger rootLogger() {
    return ((LoggerContext) LoggerFactory.getILoggerFactory())
        .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
