package chat.server.ws;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.locks.ReentrantLock;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.WrappedByteChannel;

/**
 * Plain sockets whose frames the sending thread writes itself when nothing waits before them, and
 * whose queued frames go out together.
 *
 * <p>Java-WebSocket queues every frame and has its one selector thread write it: per frame, the
 * sending thread changes the socket's interest and wakes the selector, which wakes up, writes, and
 * changes the interest back; three system calls and a thread switch beside the write itself. Here
 * {@link Channel#writeNow} writes a frame at once when the socket's queue is empty and no frame is
 * half written, which is nearly always; only what the socket does not take goes the library's way.
 * And when a burst did queue frames, the write of the queue's first buffer takes the buffers queued
 * behind it along in one gathering write, instead of one system call per frame; the library's loop
 * then finds them written and takes them off the queue as usual.
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

  /**
   * A plain socket, written by the selector thread (its queue) and by sending threads ({@link
   * #writeNow}) in turn: every write holds one lock, and the rest of a frame the socket did not
   * take whole goes out before anything else.
   */
  static final class Channel implements WrappedByteChannel {

    private final SocketChannel socket;
    private final Queue<ByteBuffer> queued;
    private final ReentrantLock writing = new ReentrantLock();

    /** What is left of a frame {@link #writeNow} began; guarded by {@link #writing}. */
    private ByteBuffer unfinished;

    Channel(SocketChannel socket, Queue<ByteBuffer> queued) {
      this.socket = socket;
      this.queued = queued;
    }

    /**
     * Writes {@code frame} now if nothing waits before it, else queues it behind what does.
     *
     * @return true when it is written whole (or the socket is broken: the selector will find it
     *     closed); false when the selector must be asked to write the rest or the queue
     */
    boolean writeNow(ByteBuffer frame) {
      writing.lock();
      try {
        if (unfinished != null || !queued.isEmpty()) {
          queued.add(frame);
          return false;
        }
        socket.write(frame);
        if (!frame.hasRemaining()) {
          return true;
        }
        unfinished = frame;
        return false;
      } catch (IOException broken) {
        return true; // the client is gone: it catches up with sync when it comes back
      } finally {
        writing.unlock();
      }
    }

    /**
     * Writes the rest of a frame begun by {@link #writeNow} first, then {@code src} and, when it is
     * the first of {@code queued}, the buffers behind it (up to {@link #MAX_BUFFERS} and about
     * {@link #MAX_BYTES}) in the same system call.
     *
     * @return the bytes of {@code src} written
     */
    @Override
    public int write(ByteBuffer src) throws IOException {
      writing.lock();
      try {
        if (!finishUnfinished() || !src.hasRemaining()) {
          return 0; // a rest still waits, or src went with the buffer before it
        }
        ByteBuffer[] batch = batch(src);
        if (batch.length == 1) {
          return socket.write(src);
        }
        int before = src.position();
        socket.write(batch);
        return src.position() - before;
      } finally {
        writing.unlock();
      }
    }

    /** Whether the rest of a frame waits for the socket: the selector then calls writeMore. */
    @Override
    public boolean isNeedWrite() {
      writing.lock();
      try {
        return unfinished != null;
      } finally {
        writing.unlock();
      }
    }

    @Override
    public void writeMore() throws IOException {
      writing.lock();
      try {
        finishUnfinished();
      } finally {
        writing.unlock();
      }
    }

    private boolean finishUnfinished() throws IOException {
      if (unfinished == null) {
        return true;
      }
      socket.write(unfinished);
      if (unfinished.hasRemaining()) {
        return false;
      }
      unfinished = null;
      return true;
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
    public boolean isNeedRead() {
      return false;
    }

    @Override
    public int readMore(ByteBuffer dst) {
      return 0;
    }

    @Override
    public boolean isBlocking() {
      return socket.isBlocking();
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
