package chat.server.ws;

import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;

/**
 * Writes frames made once ({@link TextFrame}) to sockets: at once on the sending thread where the
 * socket takes them ({@link CoalescedWrites.Channel#writeNow}), else on the socket's send queue for
 * Java-WebSocket's selector; and makes sure each queued frame gets written.
 *
 * <p>Java-WebSocket's own {@code send} frames the text again for every socket, and builds a
 * trace-log string of the bytes even with tracing off. Its selector can also lose a write demand:
 * having written a socket's queue empty, it sets the socket back to read interest, and a frame
 * queued by another thread between its last look at the queue and that reset waits for the next
 * frame to that socket, for good if none comes (an ack the client waits for, say). So every socket
 * left with something to write is kept here until {@link #recheck} finds it written, and a recheck
 * that finds frames waiting without write interest asks for the write again.
 */
final class FrameWriter {

  private final Set<WebSocketImpl> unflushed = ConcurrentHashMap.newKeySet();

  /**
   * Writes {@code frame} to {@code socket} behind what is already waiting: now if the socket takes
   * it, else by its selector.
   *
   * @param frame a whole frame; the socket gets a duplicate, so one frame serves many sockets
   * @return false, writing nothing, when the socket is not open (closing or closed)
   */
  boolean write(WebSocket socket, ByteBuffer frame) {
    WebSocketImpl impl = (WebSocketImpl) socket;
    if (!impl.isOpen()) {
      return false;
    }
    CoalescedWrites.Channel direct = direct(impl);
    if (direct == null) {
      impl.outQueue.add(frame.duplicate());
    } else if (direct.writeNow(frame.duplicate())) {
      return true;
    }
    unflushed.add(impl);
    impl.getWebSocketListener().onWriteDemand(impl);
    return true;
  }

  /**
   * Asks again to write each socket whose waiting frames the selector stopped writing; forgets the
   * sockets with nothing left to write. A socket found written is taken out and looked at once
   * more: a frame left meanwhile either shows in that second look or puts the socket back itself
   * (it is added after its frame), so none is forgotten with frames waiting. A socket with frames
   * stays in the set untouched: under a burst, thousands of sockets have frames queued at every
   * recheck.
   */
  void recheck() {
    for (WebSocketImpl socket : unflushed) {
      if (socket.isClosed()) {
        unflushed.remove(socket);
        continue;
      }
      if (!waiting(socket)) {
        unflushed.remove(socket);
        if (!waiting(socket)) {
          continue;
        }
        unflushed.add(socket);
      }
      SelectionKey key = socket.getSelectionKey();
      if (key != null && lacksWriteInterest(key)) {
        socket.getWebSocketListener().onWriteDemand(socket);
      }
    }
  }

  /** Whether {@code socket} has frames queued, or the rest of one begun, still to write. */
  private static boolean waiting(WebSocketImpl socket) {
    CoalescedWrites.Channel direct = direct(socket);
    return socket.hasBufferedData() || (direct != null && direct.isNeedWrite());
  }

  /** The socket's plain channel that its sending threads may write, or null (TLS). */
  private static CoalescedWrites.Channel direct(WebSocketImpl socket) {
    ByteChannel channel = socket.getChannel();
    if (channel instanceof DrainingClose.Channel draining) {
      channel = draining.wrapped();
    }
    return channel instanceof CoalescedWrites.Channel direct ? direct : null;
  }

  private static boolean lacksWriteInterest(SelectionKey key) {
    try {
      return key.isValid() && (key.interestOps() & SelectionKey.OP_WRITE) == 0;
    } catch (CancelledKeyException closedMeanwhile) {
      return false;
    }
  }
}
