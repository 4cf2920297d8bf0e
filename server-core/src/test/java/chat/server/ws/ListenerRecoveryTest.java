package chat.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.ServerProcess;
import chat.server.support.SocketClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server process that runs out of file descriptors stops accepting sockets for a while, says so
 * on {@code /readyz}, and accepts again once descriptors are free: the listener is never dead for
 * good.
 */
class ListenerRecoveryTest {

  private static final int OPEN_FILES = 400;

  @TempDir Path dataDir;

  @Test
  void afterRunningOutOfDescriptorsTheSocketPortAcceptsAgainAndReadinessToldMeanwhile()
      throws Exception {
    try (ServerProcess server =
            ServerProcess.startWithOpenFilesLimit(
                dataDir, Map.of("SOCKET_HANDSHAKE_TIMEOUT_MS", "120000"), OPEN_FILES);
        Readiness readiness = new Readiness(server.httpUrl())) {
      Login login = server.api().registered("patient");
      assertThat(readiness.status()).isEqualTo(200);
      URI ws = URI.create(server.wsUrl());
      List<Socket> hogs = new ArrayList<>();
      try {
        int refusedInARow = 0;
        while (hogs.size() < OPEN_FILES + 100 && refusedInARow < 3) {
          Socket hog = new Socket();
          try {
            hog.connect(new InetSocketAddress(ws.getHost(), ws.getPort()), 300);
            hogs.add(hog);
            refusedInARow = 0;
          } catch (IOException refused) {
            hog.close();
            refusedInARow++;
          }
        }

        assertThat(readiness.becomes(status -> status == 503, Duration.ofSeconds(10)))
            .as("/readyz while out of descriptors")
            .isTrue();
      } finally {
        for (Socket hog : hogs) {
          hog.close();
        }
      }

      assertThat(readiness.becomes(status -> status == 200, Duration.ofSeconds(15)))
          .as(() -> "/readyz after descriptors were freed; the server said:\n" + server.output())
          .isTrue();
      try (SocketClient socket = SocketClient.connect(server.wsUrl(), login.accessToken())) {
        assertThat(socket.ok("ping").isObject()).isTrue();
      }
      assertThat(server.output()).anyMatch(line -> line.contains("stopped accepting"));
    }
  }

  /**
   * {@code GET /readyz} on one kept-alive connection, opened while descriptors were plenty: a new
   * connection could not be accepted while they run out.
   */
  private static final class Readiness implements AutoCloseable {
    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    Readiness(String httpUrl) throws IOException {
      URI uri = URI.create(httpUrl);
      socket = new Socket(uri.getHost(), uri.getPort());
      socket.setSoTimeout(5_000);
      in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      out = socket.getOutputStream();
    }

    int status() throws IOException {
      out.write(
          "GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      int status = Integer.parseInt(in.readLine().split(" ")[1]);
      int length = 0;
      for (String header = in.readLine(); !header.isEmpty(); header = in.readLine()) {
        if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(header.substring("content-length:".length()).strip());
        }
      }
      in.skip(length); // ASCII JSON: one char per byte
      return status;
    }

    boolean becomes(IntPredicate wanted, Duration wait) throws Exception {
      long deadline = System.nanoTime() + wait.toNanos();
      while (System.nanoTime() < deadline) {
        if (wanted.test(status())) {
          return true;
        }
        Thread.sleep(200);
      }
      return false;
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
