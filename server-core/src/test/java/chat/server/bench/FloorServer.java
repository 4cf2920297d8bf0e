package chat.server.bench;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The physical floor: a bare socket server on the same library as the chat server that does nothing
 * but write each frame it gets, unchanged and encoded once, to every socket of the sender's room.
 * No auth, no JSON, no store. Runs in a process of its own ({@link #main}) so its CPU time and
 * memory can be read like the server's.
 *
 * <p>A socket joins a room with {@code {"type":"join","requestId":"…","room":"…"}} and gets an ack;
 * every other frame is broadcast to its room.
 */
public final class FloorServer extends WebSocketServer {

  private final Map<String, List<WebSocket>> rooms = new ConcurrentHashMap<>();

  private FloorServer() {
    super(new InetSocketAddress("127.0.0.1", 0), Runtime.getRuntime().availableProcessors());
    setTcpNoDelay(true);
    setReuseAddr(true);
    setConnectionLostTimeout(0);
  }

  public static void main(String[] args) {
    new FloorServer().start();
  }

  @Override
  public void onStart() {
    System.out.println(ChildServer.READY + getPort());
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {}

  @Override
  public void onMessage(WebSocket socket, String text) {
    List<WebSocket> room = socket.getAttachment();
    if (room != null) {
      broadcast(text, room);
      return;
    }
    String requestId = field(text, "requestId");
    room = rooms.computeIfAbsent(field(text, "room"), name -> new CopyOnWriteArrayList<>());
    room.add(socket);
    socket.setAttachment(room);
    socket.send("{\"type\":\"ack\",\"requestId\":\"" + requestId + "\"}");
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {
    List<WebSocket> room = socket.getAttachment();
    if (room != null) {
      room.remove(socket);
    }
  }

  @Override
  public void onError(WebSocket socket, Exception e) {
    if (socket == null) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  static String field(String json, String name) {
    String key = "\"" + name + "\":\"";
    int start = json.indexOf(key) + key.length();
    return json.substring(start, json.indexOf('"', start));
  }
}
