package chat.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.RawSocket;
import chat.server.support.ServerProcess;
import chat.server.support.SocketClient;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that stop reading while their room is busy are closed with 4409 instead of growing the
 * server's heap: the server runs in 64 MiB while the events it could not deliver to them come to
 * over 50 MB.
 */
class SlowReaderTest {

  private static final int SLOW_READERS = 4;
  private static final int MESSAGES = 3_400;
  private static final String CONTENT = "x".repeat(4_000);
  private static final int BATCH = 200;

  @TempDir Path dataDir;

  @Test
  void aClientThatStopsReadingIsClosedWith4409AndTheHeapStaysBounded() throws Exception {
    try (ServerProcess server =
        ServerProcess.start(
            dataDir,
            Map.of(
                "MESSAGE_RATE_PER_SECOND", "100000",
                "MESSAGE_BURST", "100000",
                "SOCKET_MAX_BACKLOG_BYTES", Integer.toString(1 << 20)),
            List.of("-Xmx64m"))) {
      Login flooder = server.api().registered("flooder");
      List<RawSocket> sleepers = new ArrayList<>();
      try (SocketClient flood = SocketClient.connect(server.wsUrl(), flooder.accessToken())) {
        String roomId =
            flood
                .ok("room.create", "name", "busy", "visibility", "public")
                .path("room")
                .path("roomId")
                .asText();
        for (int i = 0; i < SLOW_READERS; i++) {
          sleepers.add(sleeper(server, roomId, server.api().registered("sleeper" + i)));
        }

        long started = System.nanoTime();
        for (int sent = 0; sent < MESSAGES; sent += BATCH) {
          String last = null;
          for (int i = sent; i < sent + BATCH; i++) {
            last =
                flood.send(
                    "message.send", "roomId", roomId, "content", CONTENT, "clientMsgId", "m" + i);
          }
          assertThat(flood.answer(last).path("type").asText()).isEqualTo("ack");
        }
        System.out.printf(
            "flooded %d MB undelivered in %d ms%n",
            (long) MESSAGES * CONTENT.length() * SLOW_READERS >> 20,
            (System.nanoTime() - started) / 1_000_000);

        for (RawSocket sleeper : sleepers) {
          assertThat(sleeper.awaitClose(Duration.ofSeconds(60))).isEqualTo(OptionalInt.of(4409));
        }
      } finally {
        sleepers.forEach(RawSocket::close);
      }
      assertThat(server.api().get("/readyz", null).status()).isEqualTo(200);
      assertThat(server.output()).noneMatch(line -> line.contains("OutOfMemoryError"));
    }
  }

  /** A member of the room with a tiny receive buffer, which reads nothing after joining. */
  private static RawSocket sleeper(ServerProcess server, String roomId, Login login)
      throws Exception {
    RawSocket slow = RawSocket.tcp(server.wsUrl(), InetAddress.ofLiteral("127.0.0.1"), 4_096);
    slow.upgrade(server.wsUrl(), Map.of());
    slow.sendText(
        "{\"type\":\"auth\",\"requestId\":\"a\",\"token\":\"" + login.accessToken() + "\"}");
    slow.sendText("{\"type\":\"room.join\",\"requestId\":\"j\",\"roomId\":\"" + roomId + "\"}");
    while (!slow.readFrame(Duration.ofSeconds(5)).text().contains("\"j\"")) {
      // until the join is acknowledged
    }
    return slow;
  }
}
