package chat.server.ws;

import java.io.IOException;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.List;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.drafts.Draft;

/**
 * A socket factory that hands everything to another one: each of the gateway's wrappers ({@link
 * HandshakeDeadline}, {@link CoalescedWrites}, {@link DrainingClose}) overrides only what it
 * changes.
 */
abstract class ForwardingFactory implements WebSocketServerFactory {

  private final WebSocketServerFactory factory;

  ForwardingFactory(WebSocketServerFactory factory) {
    this.factory = factory;
  }

  @Override
  public WebSocketImpl createWebSocket(WebSocketAdapter adapter, Draft draft) {
    return factory.createWebSocket(adapter, draft);
  }

  @Override
  public WebSocketImpl createWebSocket(WebSocketAdapter adapter, List<Draft> drafts) {
    return factory.createWebSocket(adapter, drafts);
  }

  @Override
  public ByteChannel wrapChannel(SocketChannel channel, SelectionKey key) throws IOException {
    return factory.wrapChannel(channel, key);
  }

  @Override
  public void close() {
    factory.close();
  }
}
