package chat.server.ws;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.drafts.Draft;
import org.java_websocket.enums.ReadyState;
import org.java_websocket.framing.CloseFrame;

/**
 * Drops a TCP connection that has not completed the WebSocket upgrade in time. Java-WebSocket
 * itself waits forever for a handshake, and its ping check sees only upgraded sockets, so without
 * this a client could hold descriptors by connecting and saying nothing. Wraps the factory that
 * makes each connection (plain or TLS).
 */
final class HandshakeDeadline extends ForwardingFactory {

  private final Duration timeout;
  private final ScheduledExecutorService timers;

  HandshakeDeadline(
      WebSocketServerFactory factory, Duration timeout, ScheduledExecutorService timers) {
    super(factory);
    this.timeout = timeout;
    this.timers = timers;
  }

  @Override
  public WebSocketImpl createWebSocket(WebSocketAdapter adapter, Draft draft) {
    return watched(super.createWebSocket(adapter, draft));
  }

  @Override
  public WebSocketImpl createWebSocket(WebSocketAdapter adapter, List<Draft> drafts) {
    return watched(super.createWebSocket(adapter, drafts));
  }

  private WebSocketImpl watched(WebSocketImpl socket) {
    try {
      timers.schedule(
          () -> {
            if (socket.getReadyState() == ReadyState.NOT_YET_CONNECTED) {
              socket.closeConnection(CloseFrame.NEVER_CONNECTED, "no handshake in time");
            }
          },
          timeout.toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      // The server is stopping and closes every connection itself.
    }
    return socket;
  }
}
