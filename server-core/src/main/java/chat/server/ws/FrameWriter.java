package chat.server.ws;

import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;

/**
 * Puts frames made once ({@link TextFrame}) straight on sockets' send queues, and makes sure each
 * queued frame gets written.
 *
 * <p>Java-WebSocket's own {@code send} frames the text again for every socket, and builds a
 * trace-log string of the bytes even with tracing off. Its selector can also lose a write demand:
 * having written a socket's queue empty, it sets the socket back to read interest, and a frame
 * queued by another thread between its last look at the queue and that reset waits for the next
 * frame to that socket, for good if none comes (an ack the client waits for, say). So every socket
 * written to is kept here until {@link #recheck} finds its queue empty, and a recheck that finds
 * frames queued without write interest asks for the write again.
 */
final class FrameWriter {

  private final Set<WebSocketImpl> unflushed = ConcurrentHashMap.newKeySet();

  /**
   * Queues {@code frame} on {@code socket} behind what is already queued and asks its selector to
   * write it.
   *
   * @param frame a whole frame; the socket gets a duplicate, so one frame serves many sockets
   * @return false, queuing nothing, when the socket is not open (closing or closed)
   */
  boolean write(WebSocket socket, ByteBuffer frame) {
    WebSocketImpl impl = (WebSocketImpl) socket;
    if (!impl.isOpen()) {
      return false;
    }
    impl.outQueue.add(frame.duplicate());
    unflushed.add(impl);
    impl.getWebSocketListener().onWriteDemand(impl);
    return true;
  }

  /**
   * Asks again to write each socket whose queued frames the selector stopped writing; forgets the
   * sockets whose queues are empty. A socket found empty is taken out and looked at once more: a
   * frame queued meanwhile either shows in that second look or puts the socket back itself (it is
   * added after its frame), so none is forgotten with frames waiting. A socket with frames stays in
   * the set untouched: under a burst, thousands of sockets have frames queued at every recheck.
   */
  void recheck() {
    for (WebSocketImpl socket : unflushed) {
      if (socket.isClosed()) {
        unflushed.remove(socket);
        continue;
      }
      if (!socket.hasBufferedData()) {
        unflushed.remove(socket);
        if (!socket.hasBufferedData()) {
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

  private static boolean lacksWriteInterest(SelectionKey key) {
    try {
      return key.isValid() && (key.interestOps() & SelectionKey.OP_WRITE) == 0;
    } catch (CancelledKeyException closedMeanwhile) {
      return false;
    }
  }
}
