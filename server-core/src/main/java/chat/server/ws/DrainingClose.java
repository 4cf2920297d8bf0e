package chat.server.ws;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.WrappedByteChannel;
import org.java_websocket.enums.ReadyState;

/**
 * Hands each upgraded socket to the {@link SocketDrain} when Java-WebSocket closes it, instead of
 * closing it at once. Java-WebSocket closes the channel as soon as its close frame is flushed; the
 * channel it closes is the one this factory wraps (plain or TLS), so that is the one hook there is.
 */
final class DrainingClose extends ForwardingFactory {

  private final SocketDrain drain;

  DrainingClose(WebSocketServerFactory factory, SocketDrain drain) {
    super(factory);
    this.drain = drain;
  }

  /** The key's attachment is the connection: Java-WebSocket registers it before wrapping. */
  @Override
  public ByteChannel wrapChannel(SocketChannel channel, SelectionKey key) throws IOException {
    return new Channel(
        super.wrapChannel(channel, key), channel, (WebSocketImpl) key.attachment(), drain);
  }

  /**
   * The wrapped channel, but closing it drains the socket. A TLS socket is drained without its
   * close_notify: the WebSocket close frame before it already ended the conversation.
   */
  record Channel(
      ByteChannel wrapped, SocketChannel socket, WebSocketImpl connection, SocketDrain drain)
      implements WrappedByteChannel {

    @Override
    public void close() throws IOException {
      boolean upgraded = connection.getReadyState() != ReadyState.NOT_YET_CONNECTED;
      if (upgraded) {
        writeWhatIsQueued();
      }
      if (!upgraded || !drain.take(connection, socket)) {
        wrapped.close();
      }
    }

    /**
     * Java-WebSocket may close with its close frame still queued: when the client's end of stream
     * is read first, or when the decoder queues the frame and marks the socket closing between the
     * selector's two checks of "all written" and "closing". The half-close would then put the FIN
     * before the close frame, and the client would see the stream end without a close code.
     */
    private void writeWhatIsQueued() {
      try {
        ByteBuffer queued;
        while ((queued = connection.outQueue.peek()) != null) {
          wrapped.write(queued);
          if (queued.hasRemaining()) {
            return; // the send buffer is full: what is left is lost, as with any close
          }
          connection.outQueue.poll();
        }
      } catch (IOException gone) {
        // the client is gone: nothing to tell it
      }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return wrapped.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      return wrapped.write(src);
    }

    @Override
    public boolean isOpen() {
      return wrapped.isOpen();
    }

    @Override
    public boolean isNeedWrite() {
      return wrapped instanceof WrappedByteChannel w && w.isNeedWrite();
    }

    @Override
    public void writeMore() throws IOException {
      if (wrapped instanceof WrappedByteChannel w) {
        w.writeMore();
      }
    }

    @Override
    public boolean isNeedRead() {
      return wrapped instanceof WrappedByteChannel w && w.isNeedRead();
    }

    @Override
    public int readMore(ByteBuffer dst) throws IOException {
      return wrapped instanceof WrappedByteChannel w ? w.readMore(dst) : 0;
    }

    @Override
    public boolean isBlocking() {
      return wrapped instanceof WrappedByteChannel w ? w.isBlocking() : socket.isBlocking();
    }
  }
}
