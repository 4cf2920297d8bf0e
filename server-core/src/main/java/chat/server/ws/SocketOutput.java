package chat.server.ws;

import chat.protocol.ProtocolJson;
import chat.protocol.server.ServerFrame;
import java.nio.ByteBuffer;
import java.util.Collection;
import org.java_websocket.WebSocket;

/**
 * Everything this node sends on its sockets: each frame encoded once, whatever the number of
 * sockets it goes to, and queued on each socket that keeps up ({@link SendBacklog}).
 */
final class SocketOutput {

  private final SendBacklog backlog;
  private final FrameWriter writer = new FrameWriter();

  SocketOutput(SendBacklog backlog) {
    this.backlog = backlog;
  }

  /**
   * @return how many of {@code sockets} the frame was queued on
   */
  int send(ServerFrame frame, Collection<WebSocket> sockets) {
    ByteBuffer bytes = TextFrame.of(ProtocolJson.encodeBytes(frame));
    int sent = 0;
    for (WebSocket socket : sockets) {
      if (send(bytes, socket)) {
        sent++;
      }
    }
    return sent;
  }

  void send(ServerFrame frame, WebSocket socket) {
    send(TextFrame.of(ProtocolJson.encodeBytes(frame)), socket);
  }

  /** See {@link FrameWriter#recheck}: run it every few milliseconds. */
  void recheck() {
    writer.recheck();
  }

  private boolean send(ByteBuffer bytes, WebSocket socket) {
    // A client gone meanwhile will resend or sync when it returns.
    return backlog.admits(socket, bytes.remaining()) && writer.write(socket, bytes);
  }
}
