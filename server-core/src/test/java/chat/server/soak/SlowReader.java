package chat.server.soak;

import chat.server.support.RawSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A socket client that never reads: a member of a busy room (whose messages pile up for it), it
 * also asks every {@link #REQUEST_EVERY} for a page of history of large messages, each answer
 * hundreds of kilobytes it will never take. Its receive buffer is small, so the server's bytes
 * queue in the server. Once the server ends the connection (found when a write fails), it connects
 * again and goes on: without a bound on what a socket may have queued, the server's heap grows
 * until it runs out.
 */
public final class SlowReader implements HostileClient {

  private static final int RECEIVE_BUFFER_BYTES = 4096;
  private static final Duration REQUEST_EVERY = Duration.ofMillis(150);
  private static final Duration RECONNECT_PAUSE = Duration.ofMillis(500);

  private final String wsUrl;
  private final String token;
  private final String historyRoomId;
  private volatile RawSocket socket;
  private volatile boolean closed;
  private long connections;
  private long connectFailures;
  private long requests;
  private long endedByServer;

  /**
   * @param token the access token of a member of a busy room and of {@code historyRoomId}
   * @param historyRoomId a room full of large messages
   */
  public SlowReader(String wsUrl, String token, String historyRoomId) {
    this.wsUrl = wsUrl;
    this.token = token;
    this.historyRoomId = historyRoomId;
  }

  @Override
  public void attackUntil(long deadlineNanos) throws InterruptedException {
    try {
      while (System.nanoTime() < deadlineNanos && !closed) {
        if (socket == null && !connect()) {
          Thread.sleep(RECONNECT_PAUSE);
          continue;
        }
        try {
          socket.sendText(
              "{\"type\":\"message.history\",\"requestId\":\"h"
                  + requests++
                  + "\",\"roomId\":\""
                  + historyRoomId
                  + "\",\"limit\":100}");
        } catch (IOException ended) {
          if (!closed) {
            endedByServer++;
          }
          socket.close();
          socket = null;
        }
        Thread.sleep(REQUEST_EVERY);
      }
    } finally {
      close();
    }
  }

  private boolean connect() {
    try {
      RawSocket raw = RawSocket.tcp(wsUrl, SoakSettings.SLOW_READER, RECEIVE_BUFFER_BYTES);
      socket = raw;
      raw.upgrade(wsUrl, Map.of("Authorization", "Bearer " + token));
      connections++;
      return true;
    } catch (UncheckedIOException | IllegalStateException refused) {
      connectFailures++;
      if (socket != null) {
        socket.close();
        socket = null;
      }
      return false;
    }
  }

  @Override
  public String summary() {
    return String.format(
        "slow reader: %d connections (%d refused), %d history requests, %d ended by the server",
        connections, connectFailures, requests, endedByServer);
  }

  @Override
  public Optional<String> undefended() {
    return endedByServer == 0
        ? Optional.of("a socket that stopped reading was never closed (no bound on its backlog)")
        : Optional.empty();
  }

  @Override
  public void close() {
    closed = true;
    RawSocket open = socket;
    if (open != null) {
      open.close();
    }
  }
}
