package chat.server;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.InProcessNode;
import chat.server.support.RedisServer;
import chat.server.support.SmallDisk;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A store whose disk fills up, for real (a small tmpfs): sends and logins are answered {@code 503
 * STORAGE_UNAVAILABLE} instead of a bug, {@code /readyz} says 503 until space is freed, the server
 * carries on by itself afterwards, and every message acknowledged before, during and after is in
 * the history.
 */
class FullDiskTest {

  private static final String PASSWORD = "correct horse battery";

  @Test
  void aFullDataDirectoryIsStorageUnavailableUntilFreedAndLosesNothingAcknowledged()
      throws Exception {
    try (SmallDisk disk = SmallDisk.mount("3m")) {
      Map<String, String> env = new HashMap<>(TestServer.environment(disk.path().resolve("data")));
      List<String> acked;
      String roomId;
      Login alice;
      try (ChatServer server = ChatServer.start(ServerConfig.fromEnvironment(env))) {
        Node node = new Node(server);
        alice = node.api.registered("fulldisk");
        roomId = node.roomOf(alice);
        acked = node.fillAndRecover(disk, alice, roomId);
      }

      try (ChatServer restarted = ChatServer.start(ServerConfig.fromEnvironment(env))) {
        Node node = new Node(restarted);
        assertThat(node.socketOf(alice).wholeHistory(roomId)).containsExactlyElementsOf(acked);
      }
    }
  }

  @Test
  void redisOnAFullDiskIsStorageUnavailableUntilFreedAndLosesNothingAcknowledged()
      throws Exception {
    try (SmallDisk disk = SmallDisk.mount("8m")) {
      Path redisDir = Files.createDirectory(disk.path().resolve("redis"));
      // With appendfsync always Redis exits on a failed write (it cannot take back a reply): that
      // is Redis down, not full. everysec keeps it up, refusing writes with MISCONF meanwhile.
      try (RedisServer redis = RedisServer.startIn(redisDir, "everysec")) {
        Map<String, String> env =
            new HashMap<>(TestServer.environment(Files.createTempDirectory("chat-test-")));
        env.put("REDIS_URL", redis.url().toString());
        env.put("REDIS_DURABILITY", "relaxed");
        try (ChatServer server = ChatServer.start(ServerConfig.fromEnvironment(env))) {
          Node node = new Node(server);
          Login alice = node.api.registered("fullredis");
          String roomId = node.roomOf(alice);

          List<String> acked = node.fillAndRecover(disk, alice, roomId);

          assertThat(node.socketOf(alice).wholeHistory(roomId)).containsExactlyElementsOf(acked);
        }
      }
    }
  }

  /** One running server and what the test does with it. */
  private static final class Node {

    final InProcessNode running;
    final ApiClient api;

    Node(ChatServer server) {
      this.running = InProcessNode.of(server);
      this.api = running.api();
    }

    SocketClient socketOf(Login login) {
      return running.socketOf(login);
    }

    String roomOf(Login owner) {
      try (SocketClient socket = socketOf(owner)) {
        return InProcessNode.createRoom(socket, "disk");
      }
    }

    /**
     * Sends a few messages, fills the disk, checks every refusal, frees the disk and sends again;
     * returns the ids of every acknowledged message in the order of their acks.
     */
    List<String> fillAndRecover(SmallDisk disk, Login alice, String roomId) throws Exception {
      List<String> acked = new ArrayList<>();
      try (SocketClient socket = socketOf(alice)) {
        for (int i = 0; i < 5; i++) {
          acked.add(send(socket, roomId, "before-" + i).path("messageId").asText());
        }
        assertThat(api.get("/readyz", null).status()).isEqualTo(200);

        disk.fill();

        // The store may take a last write before it notices; within a few it refuses.
        JsonNode refused = null;
        String refusedClientMsgId = null;
        for (int i = 0; i < 10 && refused == null; i++) {
          refusedClientMsgId = "during-" + i;
          JsonNode answer = sendRaw(socket, roomId, refusedClientMsgId);
          if ("ack".equals(answer.path("type").asText())) {
            acked.add(answer.path("result").path("message").path("messageId").asText());
          } else {
            refused = answer;
          }
        }
        assertThat(refused).as("a send refused on the full disk").isNotNull();
        assertThat(refused.path("error").path("code").asText()).isEqualTo("STORAGE_UNAVAILABLE");

        Reply login = api.login(alice.username(), PASSWORD);
        assertThat(login.status()).isEqualTo(503);
        assertThat(login.errorCode()).isEqualTo("STORAGE_UNAVAILABLE");
        Reply register = api.register(alice.username() + "-2", PASSWORD);
        assertThat(register.status()).isEqualTo(503);
        assertThat(register.errorCode()).isEqualTo("STORAGE_UNAVAILABLE");
        assertThat(api.get("/readyz", null).status()).isEqualTo(503);
        assertThat(socket.isClosed()).isFalse();

        disk.free();

        assertThat(readyWithin(Duration.ofSeconds(10))).isTrue();
        acked.add(send(socket, roomId, refusedClientMsgId).path("messageId").asText());
        acked.add(send(socket, roomId, "after").path("messageId").asText());
        assertThat(api.login(alice.username(), PASSWORD).status()).isEqualTo(200);
        assertThat(socket.wholeHistory(roomId)).containsExactlyElementsOf(acked);
      }
      return acked;
    }

    private boolean readyWithin(Duration wait) throws InterruptedException {
      long deadline = System.nanoTime() + wait.toNanos();
      while (System.nanoTime() < deadline) {
        if (api.get("/readyz", null).status() == 200) {
          return true;
        }
        Thread.sleep(100);
      }
      return false;
    }

    private static JsonNode send(SocketClient socket, String roomId, String clientMsgId) {
      return socket
          .ok(
              "message.send",
              "roomId",
              roomId,
              "content",
              "x".repeat(2000),
              "clientMsgId",
              clientMsgId)
          .path("message");
    }

    private static JsonNode sendRaw(SocketClient socket, String roomId, String clientMsgId) {
      return socket.request(
          "message.send",
          "roomId",
          roomId,
          "content",
          "x".repeat(2000),
          "clientMsgId",
          clientMsgId);
    }
  }
}
