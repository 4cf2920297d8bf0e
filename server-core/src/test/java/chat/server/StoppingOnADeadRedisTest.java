package chat.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import chat.server.support.ApiClient.Login;
import chat.server.support.InProcessNode;
import chat.server.support.RedisServer;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node told to stop while its Redis is gone still stops: every step of the shutdown runs, so its
 * ports are free for the node that replaces it, though it cannot say goodbye to Redis.
 */
class StoppingOnADeadRedisTest {

  @TempDir Path dataDir;

  @Test
  void aNodeWithSocketsOpenStopsAndFreesItsPortsWhenRedisWasKilled() throws Exception {
    try (RedisServer redis = RedisServer.start()) {
      Map<String, String> env = new HashMap<>(TestServer.environment(dataDir));
      env.put("REDIS_URL", redis.url().toString());
      ChatServer server = ChatServer.start(ServerConfig.fromEnvironment(env));
      InProcessNode node = InProcessNode.of(server);
      Login alice = node.api().registered("alice");
      SocketClient socket = node.socketOf(alice);
      InProcessNode.createRoom(socket, "doomed");
      int httpPort = server.httpPort();
      int wsPort = server.wsPort();

      redis.kill();

      assertThatCode(server::stop).doesNotThrowAnyException();
      assertThat(free(httpPort)).as("the HTTP port").isTrue();
      assertThat(free(wsPort)).as("the socket port").isTrue();
      socket.close();
    }
  }

  private static boolean free(int port) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException taken) {
      return false;
    }
  }
}
