package chat.server.ws;

import chat.protocol.Limits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.java_websocket.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes sockets as RFC 6455 (7.1.1) asks of a server: after its close frame, it half-closes (its
 * FIN follows the close frame) and reads and discards what the client still sends until the client
 * closes its side, and only then releases the descriptor.
 *
 * <p>Closing at once, with bytes of the client unread (the rest of an oversize frame it is still
 * writing), makes the kernel answer with a reset instead, and a reset throws away what the server
 * has not yet delivered, the close frame included when the client is behind on reading: the client
 * then sees a dropped connection (1006) instead of the close code.
 *
 * <p>A hostile client must not be able to hold descriptors this way: each socket is drained for at
 * most {@link #MAX_BYTES} and {@link #MAX_TIME}, at most {@link #MAX_SOCKETS} at once (beyond that
 * a socket closes at once, as before), and an admitted socket keeps its place in the socket quota
 * until its drain ends ({@link #afterDrained}). One thread serves every drain.
 */
final class SocketDrain implements AutoCloseable {

  /** More than any frame a client is likely to be still writing (8 times the close limit). */
  static final long MAX_BYTES = 8L * Limits.MAX_FRAME_BYTES_BEFORE_CLOSE;

  static final Duration MAX_TIME = Duration.ofSeconds(5);
  static final int MAX_SOCKETS = 256;

  private static final Logger log = LoggerFactory.getLogger(SocketDrain.class);
  private static final long SELECT_MILLIS = 250;

  /** A socket being drained, and what is to run once it is closed. */
  private static final class Drain {
    final WebSocket socket;
    final SocketChannel channel;
    final long deadline = System.nanoTime() + MAX_TIME.toNanos();
    long discarded;
    Runnable afterwards;
    boolean done;

    Drain(WebSocket socket, SocketChannel channel) {
      this.socket = socket;
      this.channel = channel;
    }
  }

  private final Selector selector;
  private final Queue<Drain> arriving = new ConcurrentLinkedQueue<>();
  private final Map<WebSocket, Drain> draining = new ConcurrentHashMap<>();
  private final ByteBuffer sink = ByteBuffer.allocateDirect(64 * 1024);
  private final Thread thread;

  SocketDrain() throws IOException {
    selector = Selector.open();
    thread = Thread.ofPlatform().daemon().name("socket-drain").start(this::run);
  }

  /**
   * Half-closes the socket and drains it until the client closes its side.
   *
   * @return false, taking nothing, when the socket is to be closed at once instead
   */
  synchronized boolean take(WebSocket socket, SocketChannel channel) {
    if (draining.size() >= MAX_SOCKETS || !selector.isOpen()) {
      return false;
    }
    try {
      channel.shutdownOutput();
    } catch (IOException alreadyGone) {
      return false;
    }
    Drain drain = new Drain(socket, channel);
    draining.put(socket, drain);
    arriving.add(drain);
    selector.wakeup();
    return true;
  }

  /** Runs {@code action} once the socket's drain has ended; at once when it is not drained. */
  void afterDrained(WebSocket socket, Runnable action) {
    Drain drain = draining.get(socket);
    if (drain != null) {
      synchronized (drain) {
        if (!drain.done) {
          drain.afterwards = action;
          return;
        }
      }
    }
    action.run();
  }

  /** Closes every socket still being drained and stops. */
  @Override
  public void close() throws IOException {
    selector.close();
    try {
      thread.join(Duration.ofSeconds(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    try {
      while (selector.isOpen()) {
        selector.select(SELECT_MILLIS);
        register();
        for (SelectionKey key : selector.selectedKeys()) {
          discard((Drain) key.attachment());
        }
        selector.selectedKeys().clear();
        long now = System.nanoTime();
        for (SelectionKey key : selector.keys()) {
          Drain drain = (Drain) key.attachment();
          if (now - drain.deadline >= 0) {
            finish(drain);
          }
        }
      }
    } catch (IOException | ClosedSelectorException stopped) {
      // closing
    } finally {
      for (Drain drain : draining.values()) {
        finish(drain);
      }
    }
  }

  private void register() {
    Drain drain;
    while ((drain = arriving.poll()) != null) {
      try {
        drain.channel.register(selector, SelectionKey.OP_READ, drain);
      } catch (IOException e) {
        finish(drain);
      }
    }
  }

  private void discard(Drain drain) {
    try {
      int read;
      do {
        sink.clear();
        read = drain.channel.read(sink);
        drain.discarded += Math.max(0, read);
      } while (read > 0 && drain.discarded < MAX_BYTES);
      if (read < 0 || drain.discarded >= MAX_BYTES) {
        finish(drain);
      }
    } catch (IOException reset) {
      finish(drain);
    }
  }

  private void finish(Drain drain) {
    try {
      drain.channel.close();
    } catch (IOException e) {
      log.debug("closing a drained socket: {}", e.toString());
    }
    Runnable afterwards;
    synchronized (drain) {
      if (drain.done) {
        return;
      }
      drain.done = true;
      afterwards = drain.afterwards;
    }
    draining.remove(drain.socket, drain);
    if (afterwards != null) {
      afterwards.run();
    }
  }
}
