package chat.server.ws;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.WebSocketServerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket port and the {@link SocketListener} serving it. When the listener's accept loop dies
 * (out of file descriptors), {@link #watch} says so at ERROR, reports the port not {@link
 * #isAccepting} (readiness), and listens anew on the same port, once descriptors are to spare. The
 * old listener keeps serving the sockets it has, and is stopped once they have all closed.
 */
final class SocketPort {

  private static final Logger log = LoggerFactory.getLogger(SocketPort.class);

  private final InetSocketAddress address;
  private final SocketGateway gateway;
  private final WebSocketServerFactory factory;
  private final Duration pingInterval;
  private final List<SocketListener> retired = new CopyOnWriteArrayList<>();
  private volatile SocketListener listener;
  private volatile int port;
  private volatile boolean accepting;

  SocketPort(
      InetSocketAddress address,
      SocketGateway gateway,
      WebSocketServerFactory factory,
      Duration pingInterval) {
    this.address = address;
    this.gateway = gateway;
    this.factory = factory;
    this.pingInterval = pingInterval;
  }

  /**
   * Starts listening and waits until the port is bound.
   *
   * @throws IOException when the port cannot be bound
   */
  void open() throws IOException, InterruptedException {
    SocketListener first = new SocketListener(address, gateway, factory, pingInterval);
    first.startAndWait();
    port = first.getPort();
    listener = first;
    accepting = true;
  }

  /** The bound port; it stays the same when the port is listened on anew. */
  int port() {
    return port;
  }

  boolean isAccepting() {
    return accepting;
  }

  /** Listens anew if the listener stopped accepting; stops old listeners left without sockets. */
  void watch() {
    retired.removeIf(SocketPort::stopIfIdle);
    SocketListener current = listener;
    if (!current.stoppedAccepting()) {
      return;
    }
    if (accepting) {
      accepting = false;
      log.error("the socket port stopped accepting (out of file descriptors?); listening anew");
    }
    if (!FileDescriptors.haveHeadroom()) {
      return;
    }
    SocketListener next =
        new SocketListener(
            new InetSocketAddress(address.getAddress(), port), gateway, factory, pingInterval);
    try {
      next.startAndWait();
    } catch (IOException e) {
      log.warn("cannot listen on the socket port yet, trying again: {}", e.getMessage());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    retired.add(current);
    listener = next;
    accepting = true;
    log.info("the socket port accepts connections again");
  }

  /** Stops every listener, closing its sockets with 1001. */
  void close(Duration grace, String reason) throws InterruptedException {
    if (listener != null) {
      listener.stop((int) grace.toMillis(), reason);
    }
    for (SocketListener old : retired) {
      old.stop((int) grace.toMillis(), reason);
    }
  }

  private static boolean stopIfIdle(SocketListener old) {
    if (!old.getConnections().isEmpty()) {
      return false;
    }
    try {
      old.stop(0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }
}
