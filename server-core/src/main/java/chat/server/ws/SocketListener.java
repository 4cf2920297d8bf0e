package chat.server.ws;

import chat.protocol.Limits;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * One Java-WebSocket server on the socket port, handing every event to the {@link SocketGateway}.
 *
 * <p>Its accept loop can stop for good without a word: when an accept fails (as it does while the
 * process is out of file descriptors), Java-WebSocket closes the listening channel, logs at TRACE
 * and carries on serving the connections it has. {@link #stoppedAccepting} tells, so that the
 * gateway can listen anew with another instance (one cannot be started twice).
 */
final class SocketListener extends WebSocketServer {

  private final SocketGateway gateway;
  private final CountDownLatch started = new CountDownLatch(1);
  private volatile Exception startFailure;
  private volatile SelectableChannel acceptChannel;

  SocketListener(
      InetSocketAddress address,
      SocketGateway gateway,
      WebSocketServerFactory factory,
      Duration pingInterval) {
    super(address, decoderThreads(), List.<Draft>of(new Draft_6455(List.of(), closeAboveLimit())));
    this.gateway = gateway;
    setTcpNoDelay(true);
    setReuseAddr(true);
    setConnectionLostTimeout((int) pingInterval.toSeconds());
    setWebSocketFactory(factory);
  }

  /**
   * Starts listening and waits until the port is bound.
   *
   * @throws IOException when the port cannot be bound
   */
  void startAndWait() throws IOException, InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IOException("the socket server did not start within 10 s");
    }
    if (startFailure != null) {
      throw new IOException(
          "cannot listen on " + getAddress() + ": " + startFailure.getMessage(), startFailure);
    }
  }

  /** Whether the listening channel was closed under it; false before its first connection. */
  boolean stoppedAccepting() {
    SelectableChannel channel = acceptChannel;
    return channel != null && !channel.isOpen();
  }

  /** Called before each accept, with the listening channel's key: the only way to reach it. */
  @Override
  protected boolean onConnect(SelectionKey key) {
    acceptChannel = key.channel();
    return true;
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {
    gateway.onOpen(socket, handshake);
  }

  @Override
  public void onMessage(WebSocket socket, String text) {
    gateway.onMessage(socket, text);
  }

  @Override
  public void onMessage(WebSocket socket, ByteBuffer bytes) {
    gateway.onMessage(socket, bytes);
  }

  /**
   * Asks once more, a moment later, for the close frame to be written. Java-WebSocket can lose a
   * write demand: its selector, finishing an earlier write, sets the socket back to read interest
   * just after the decoder queued the close frame and asked to write it. The frame then waits until
   * the client gives up, and the client never learns the close code.
   */
  @Override
  public void onClosing(WebSocket socket, int code, String reason, boolean remote) {
    gateway.shortlyAfter(
        () -> {
          if (socket.hasBufferedData() && !socket.isClosed()) {
            onWriteDemand(socket);
          }
        });
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {
    gateway.onClose(socket, code, reason, remote);
  }

  @Override
  public void onError(WebSocket socket, Exception e) {
    if (socket == null && started.getCount() > 0) {
      startFailure = e;
      started.countDown();
    } else {
      gateway.onError(socket, e);
    }
  }

  /** Frames above this close the socket with 1009; frames between the limits get an error. */
  private static int closeAboveLimit() {
    return Limits.MAX_FRAME_BYTES_BEFORE_CLOSE;
  }

  private static int decoderThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
