package chat.server.support;

import chat.server.ChatServer;
import chat.server.support.ApiClient.Login;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * A server node a test started in this JVM, over plain HTTP: its API client, signed-in sockets to
 * it, and rooms made through them. For tests that start, stop and restart nodes themselves (a full
 * disk, a lost Redis) rather than through {@link TestServer}.
 */
public record InProcessNode(ChatServer server, ApiClient api) {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static InProcessNode of(ChatServer server) {
    return new InProcessNode(server, ApiClient.over(HTTP, "http://127.0.0.1:" + server.httpPort()));
  }

  /** A socket signed in as {@code login}, once the server has taken it (it answered a ping). */
  public SocketClient socketOf(Login login) {
    SocketClient socket =
        SocketClient.connect(
            HTTP, "ws://127.0.0.1:" + server.wsPort() + "/ws", login.accessToken());
    socket.ok("ping");
    return socket;
  }

  /** Makes a public room named {@code name} through {@code socket}; answers its id. */
  public static String createRoom(SocketClient socket, String name) {
    return socket
        .ok("room.create", "name", name, "visibility", "public")
        .path("room")
        .path("roomId")
        .asText();
  }
}
