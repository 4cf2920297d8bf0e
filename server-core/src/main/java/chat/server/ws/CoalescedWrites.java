package chat.server.ws;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Queue;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.WrappedByteChannel;

/**
 * Writes the frames queued on a plain socket together, in one gathering write, instead of one
 * system call per frame. Java-WebSocket's selector writes a socket's queue one buffer at a time
 * ({@code SocketChannelIOHelper.batch}): when a burst queues many frames on one socket (a room's
 * messages, the presence of everyone reconnecting after a restart), each is a {@code write()} of
 * its own. Here the write of the queue's first buffer takes the buffers queued behind it along; the
 * library's loop then finds them written (nothing left, no system call) and takes them off the
 * queue as usual, and a buffer the socket did not take whole stays first with what is left.
 *
 * <p>TLS sockets are left as they are: their channel encrypts buffer by buffer.
 */
final class CoalescedWrites extends ForwardingFactory {

  /** Buffers one write takes at most (the kernel's own limit is 1,024). */
  static final int MAX_BUFFERS = 64;

  /** Bytes one write takes at most, as the socket's send buffer would take them. */
  static final int MAX_BYTES = 256 * 1024;

  CoalescedWrites(WebSocketServerFactory factory) {
    super(factory);
  }

  /** The key's attachment is the connection: Java-WebSocket registers it before wrapping. */
  @Override
  public ByteChannel wrapChannel(SocketChannel channel, SelectionKey key) throws IOException {
    ByteChannel wrapped = super.wrapChannel(channel, key);
    return wrapped instanceof WrappedByteChannel
        ? wrapped
        : new Channel(channel, ((WebSocketImpl) key.attachment()).outQueue);
  }

  /** A plain socket whose writes gather the buffers queued behind the one asked for. */
  record Channel(SocketChannel socket, Queue<ByteBuffer> queued) implements ByteChannel {

    /**
     * Writes {@code src} and, when it is the first of {@code queued}, the buffers behind it (up to
     * {@link #MAX_BUFFERS} and about {@link #MAX_BYTES}) in the same system call.
     *
     * @return the bytes of {@code src} written
     */
    @Override
    public int write(ByteBuffer src) throws IOException {
      if (!src.hasRemaining()) {
        return 0; // written with the buffer before it
      }
      ByteBuffer[] batch = batch(src);
      if (batch.length == 1) {
        return socket.write(src);
      }
      int before = src.position();
      socket.write(batch);
      return src.position() - before;
    }

    private ByteBuffer[] batch(ByteBuffer src) {
      Iterator<ByteBuffer> queue = queued.iterator();
      if (!queue.hasNext() || queue.next() != src || !queue.hasNext()) {
        return new ByteBuffer[] {src};
      }
      ByteBuffer[] batch = new ByteBuffer[MAX_BUFFERS];
      batch[0] = src;
      int count = 1;
      long bytes = src.remaining();
      while (count < MAX_BUFFERS && bytes < MAX_BYTES && queue.hasNext()) {
        ByteBuffer next = queue.next();
        batch[count++] = next;
        bytes += next.remaining();
      }
      return count == MAX_BUFFERS ? batch : Arrays.copyOf(batch, count);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return socket.read(dst);
    }

    @Override
    public boolean isOpen() {
      return socket.isOpen();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
