package chat.server.ws;

import chat.protocol.CloseCodes;
import chat.server.edge.RefusalLog;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.enums.ReadyState;

/**
 * Bounds the bytes queued for a socket whose client does not read: past the bound, nothing more is
 * queued for it and the socket is closed with {@link CloseCodes#TOO_SLOW}, and the client catches
 * up with {@code sync} when it comes back. Without it, one client that stops reading while its
 * rooms are busy grows the server's heap until it runs out.
 */
final class SendBacklog {

  /** Closes a socket that fell too far behind: reconnect and catch up with {@code sync}. */
  static final String TOO_SLOW = "TOO_SLOW";

  /**
   * How long the close frame may wait for the client to read it before the TCP connection goes:
   * long enough for a client that paused to see why it was closed; it holds one frame meanwhile.
   */
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(30);

  private final long maxBytes;
  private final ScheduledExecutorService timers;
  private final RefusalLog refusals;

  SendBacklog(long maxBytes, ScheduledExecutorService timers, RefusalLog refusals) {
    this.maxBytes = maxBytes;
    this.timers = timers;
    this.refusals = refusals;
  }

  /**
   * @return whether {@code socket} may take {@code frameBytes} more; if not, it has been closed
   */
  boolean admits(WebSocket socket, int frameBytes) {
    if (!(socket instanceof WebSocketImpl impl) || queuedBytes(impl) + frameBytes <= maxBytes) {
      return true;
    }
    evict(impl);
    return false;
  }

  /**
   * Walks the queue: a client that reads has next to nothing queued, and one that does not is
   * closed before its queue gets long.
   */
  private static long queuedBytes(WebSocketImpl socket) {
    long bytes = 0;
    for (ByteBuffer buffer : socket.outQueue) {
      bytes += buffer.remaining();
    }
    return bytes;
  }

  /**
   * Queues the close frame behind what is already queued (at most the bound: dropping part of it
   * would race the selector thread writing it and garble the stream) and drops the connection if
   * the client has not read that far in time.
   */
  private void evict(WebSocketImpl socket) {
    refusals.refused("socket delivery", TOO_SLOW, "over " + maxBytes + " bytes waiting to be read");
    socket.close(CloseCodes.TOO_SLOW, TOO_SLOW);
    try {
      timers.schedule(
          () -> {
            if (socket.getReadyState() != ReadyState.CLOSED) {
              socket.closeConnection(CloseCodes.TOO_SLOW, TOO_SLOW);
            }
          },
          CLOSE_GRACE.toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      socket.closeConnection(CloseCodes.TOO_SLOW, TOO_SLOW);
    }
  }
}
