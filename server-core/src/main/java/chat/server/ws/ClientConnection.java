package chat.server.ws;

import chat.protocol.server.ServerFrame;
import chat.server.auth.AuthenticatedUser;
import java.net.InetAddress;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;

/**
 * One open socket: who it belongs to once authenticated, and the ordered queue its requests run on.
 * The queue is bounded so one client cannot pile up unbounded work.
 */
final class ClientConnection {

  static final int MAX_QUEUED_REQUESTS = 256;

  private final WebSocket socket;
  private final InetAddress address;
  private final SocketOutput output;
  private final SerialExecutor requests;
  private final AtomicInteger queued = new AtomicInteger();
  private volatile AuthenticatedUser user;

  /**
   * @param address the client's, as {@link chat.server.net.ClientAddresses} resolves it
   */
  ClientConnection(WebSocket socket, InetAddress address, SocketOutput output, Executor executor) {
    this.socket = socket;
    this.address = address;
    this.output = output;
    this.requests = new SerialExecutor(executor);
  }

  WebSocket socket() {
    return socket;
  }

  InetAddress address() {
    return address;
  }

  /** The authenticated user, or null before authentication. */
  AuthenticatedUser user() {
    return user;
  }

  void authenticated(AuthenticatedUser user) {
    this.user = user;
  }

  /**
   * Queues a request behind this connection's earlier ones.
   *
   * @return false, queuing nothing, when too many are already waiting
   */
  boolean enqueue(Runnable request) {
    if (queued.incrementAndGet() > MAX_QUEUED_REQUESTS) {
      queued.decrementAndGet();
      return false;
    }
    requests.execute(
        () -> {
          try {
            request.run();
          } finally {
            queued.decrementAndGet();
          }
        });
    return true;
  }

  /**
   * Queues work behind this connection's requests whatever their number: the bookkeeping of its
   * close, which must come after an authentication still running.
   */
  void enqueueAfterRequests(Runnable work) {
    requests.execute(work);
  }

  /** Sends the frame, unless the client fell so far behind that it is closed instead. */
  void send(ServerFrame frame) {
    output.send(frame, socket);
  }

  void close(int code, String reason) {
    socket.close(code, reason);
  }
}
