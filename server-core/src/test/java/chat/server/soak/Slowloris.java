package chat.server.soak;

import chat.server.support.RawSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Holds connections open while saying as little as possible: {@value #HTTP_CONNECTIONS} to the HTTP
 * port, each dribbling a request a byte every {@link #TICK} (headers that never end, too short to
 * be refused for their size), and {@value #SILENT_CONNECTIONS} to the socket port that never send a
 * handshake. A connection the server ends is counted and opened again, so the pressure stays for
 * the whole run. Without timeouts the server keeps every one of them forever.
 */
public final class Slowloris implements HostileClient {

  static final int HTTP_CONNECTIONS = 50;
  static final int SILENT_CONNECTIONS = 40;
  private static final Duration TICK = Duration.ofMillis(500);
  private static final Duration END_CHECK = Duration.ofMillis(1);
  private static final byte[] REQUEST_START =
      "GET /api/info HTTP/1.1\r\nHost: soak\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HEADER = "X-Wait: a\r\n".getBytes(StandardCharsets.US_ASCII);

  /** One kind of connection: where to, from where, whether it dribbles, and its counts. */
  private static final class Lane {
    final String url;
    final InetAddress from;
    final boolean dribbles;
    final List<Held> held = new ArrayList<>();
    long opened;
    long endedByServer;
    long connectFailures;

    Lane(String url, InetAddress from, boolean dribbles, int count) {
      this.url = url;
      this.from = from;
      this.dribbles = dribbles;
      for (int i = 0; i < count; i++) {
        held.add(new Held());
      }
    }
  }

  /** One connection slot: the socket (null until connected) and how many bytes it has sent. */
  private static final class Held {
    RawSocket socket;
    int sent;
  }

  private final Lane http;
  private final Lane silent;
  private volatile boolean closed;

  public Slowloris(String httpUrl, String wsUrl) {
    http = new Lane(httpUrl, SoakSettings.SLOWLORIS_HTTP, true, HTTP_CONNECTIONS);
    silent = new Lane(wsUrl, SoakSettings.SLOWLORIS_SOCKET, false, SILENT_CONNECTIONS);
  }

  @Override
  public void attackUntil(long deadlineNanos) throws InterruptedException {
    try {
      while (System.nanoTime() < deadlineNanos && !closed) {
        tick(http, deadlineNanos);
        tick(silent, deadlineNanos);
        Thread.sleep(TICK);
      }
    } finally {
      closeAll();
    }
  }

  private void tick(Lane lane, long deadlineNanos) {
    for (Held held : lane.held) {
      if (closed || System.nanoTime() >= deadlineNanos) {
        return;
      }
      if (held.socket != null && ended(lane, held)) {
        lane.endedByServer++;
        held.socket.close();
        held.socket = null;
      }
      if (held.socket == null) {
        try {
          held.socket = RawSocket.tcp(lane.url, lane.from);
          held.sent = 0;
          lane.opened++;
        } catch (UncheckedIOException refused) {
          lane.connectFailures++;
        }
      }
    }
  }

  /** Whether the server ended the connection; a dribbling one also sends its next byte. */
  private static boolean ended(Lane lane, Held held) {
    try {
      if (held.socket.endsWithin(END_CHECK)) {
        return true;
      }
      if (lane.dribbles) {
        held.socket.sendRaw(new byte[] {nextByte(held.sent++)});
      }
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  private static byte nextByte(int index) {
    return index < REQUEST_START.length
        ? REQUEST_START[index]
        : HEADER[(index - REQUEST_START.length) % HEADER.length];
  }

  @Override
  public String summary() {
    return String.format(
        "slowloris: http %d opened, %d ended by the server, %d refused; silent socket %d opened,"
            + " %d ended by the server, %d refused",
        http.opened,
        http.endedByServer,
        http.connectFailures,
        silent.opened,
        silent.endedByServer,
        silent.connectFailures);
  }

  @Override
  public Optional<String> undefended() {
    List<String> missing = new ArrayList<>();
    if (http.endedByServer == 0) {
      missing.add("no HTTP connection dribbling a request was ever ended (no request timeout)");
    }
    if (silent.endedByServer == 0) {
      missing.add(
          "no socket-port connection that never sent a handshake was ever ended (no handshake"
              + " timeout)");
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", missing));
  }

  @Override
  public void close() {
    closed = true;
  }

  /** Closes what is still open; the attacking thread itself does, as it ends. */
  private void closeAll() {
    for (Lane lane : List.of(http, silent)) {
      for (Held held : lane.held) {
        if (held.socket != null) {
          held.socket.close();
        }
      }
    }
  }
}
