package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.server.ChatServer;
import chat.server.ServerConfig;
import chat.server.store.AppendResult;
import chat.server.store.Mentions;
import chat.server.store.NewMessage;
import chat.server.store.StorageUnavailableException;
import chat.server.store.StoreException;
import chat.server.store.UserAccount;
import chat.server.support.ApiClient.Login;
import chat.server.support.InProcessNode;
import chat.server.support.RedisServer;
import chat.server.support.RedisServerExtension;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a Redis-mode ack promises (decision record 0016), against a real primary, a real replica
 * ({@code --replicaof}) and real server nodes on loopback: with {@code REDIS_ACK_REPLICAS=1} an
 * acknowledged message is on the replica, a send its replica does not confirm in time is refused
 * and its retry answers the one stored message, and the replica promoted after a {@code kill -9} of
 * the primary holds every acknowledged message; with no replicas, a primary that does not fsync
 * every write is refused unless {@code REDIS_DURABILITY=relaxed}.
 */
@Tag(RedisServerExtension.STANDALONE_TAG)
class RedisDurableAckTest {

  private static final Duration ACK_TIMEOUT = Duration.ofMillis(1_000);

  @Test
  void anAcknowledgedSendIsOnTheReplicaTheMomentTheAckArrives() throws Exception {
    try (RedisServer primary = RedisServer.start("everysec");
        RedisServer replica = RedisServer.startReplicaOf(primary);
        ChatServer server = start(primary, "1")) {
      InProcessNode node = InProcessNode.of(server);
      Login alice = node.api().registered("ackreplica");
      try (SocketClient socket = node.socketOf(alice)) {
        String roomId = InProcessNode.createRoom(socket, "acks");
        for (int i = 0; i < 20; i++) {
          String messageId = send(socket, roomId, "live-" + i).path("messageId").asText();
          assertThat(onReplica(replica, messageId)).as(messageId).isTrue();
        }

        // A replica that lags: the ack waits for it, and it has the message when the ack comes.
        replica.pause();
        CompletableFuture<JsonNode> ack =
            CompletableFuture.supplyAsync(() -> send(socket, roomId, "lagging"));
        boolean ackedWhilePaused;
        try {
          Thread.sleep(ACK_TIMEOUT.toMillis() / 2);
          ackedWhilePaused = ack.isDone();
        } finally {
          replica.resume();
        }
        assertThat(ackedWhilePaused).isFalse();
        String messageId = ack.get().path("messageId").asText();
        assertThat(onReplica(replica, messageId)).isTrue();
      }
    }
  }

  @Test
  void aSendTheReplicaDoesNotConfirmInTimeIsRefusedAndItsRetryAnswersTheOneStoredMessage()
      throws Exception {
    try (RedisServer primary = RedisServer.start("everysec");
        RedisServer replica = RedisServer.startReplicaOf(primary);
        ChatServer server = start(primary, "1")) {
      InProcessNode node = InProcessNode.of(server);
      Login alice = node.api().registered("ackpaused");
      try (SocketClient socket = node.socketOf(alice)) {
        String roomId = InProcessNode.createRoom(socket, "acks");
        String before = send(socket, roomId, "before").path("messageId").asText();

        replica.pause();
        JsonNode refused;
        long took;
        try {
          long start = System.nanoTime();
          refused = sendRaw(socket, roomId, "unconfirmed");
          took = System.nanoTime() - start;
        } finally {
          replica.resume();
        }

        assertThat(refused.path("type").asText()).isEqualTo("error");
        assertThat(refused.path("error").path("code").asText()).isEqualTo("STORAGE_UNAVAILABLE");
        assertThat(Duration.ofNanos(took)).isGreaterThanOrEqualTo(ACK_TIMEOUT);
        assertThat(socket.isClosed()).isFalse();
        socket.ok("ping");

        String retried = send(socket, roomId, "unconfirmed").path("messageId").asText();
        String retriedAgain = send(socket, roomId, "unconfirmed").path("messageId").asText();
        assertThat(retriedAgain).isEqualTo(retried);
        assertThat(onReplica(replica, retried)).isTrue();
        assertThat(socket.wholeHistory(roomId)).containsExactly(before, retried);
      }
    }
  }

  /**
   * A send whose replica confirms soon after its ack timed out (a promotion under way) is sent
   * again by the node within {@link ResentWrites#WINDOW}: acknowledged as the one message it
   * stored, with its place in the room, instead of refused.
   */
  @Test
  void aSendWhoseReplicaConfirmsSoonAfterItsAckTimedOutIsSentAgainAndAcknowledgedAsStoredOnce()
      throws Exception {
    try (RedisServer primary = RedisServer.start("everysec");
        RedisServer replica = RedisServer.startReplicaOf(primary);
        RedisStorage storage =
            RedisStorage.open(
                primary.url(), new RedisDurability(1, Duration.ofMillis(300), false))) {
      storage.users().insert(new UserAccount("u1", "alice", "h", 1, 0));
      storage.rooms().create(new Room("r1", "acks", RoomVisibility.PUBLIC, "u1", 1, 0), List.of());

      replica.pause();
      Thread resume =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      Thread.sleep(500);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    replica.resume();
                  });
      AppendResult result;
      try {
        result = storage.messages().append(new NewMessage("r1", "u1", "alice", "late", "c1", 1));
      } finally {
        resume.join();
      }

      assertThat(result.created()).isTrue();
      assertThat(result.seq()).isEqualTo(1);
      assertThat(storage.messages().newest("r1", 10).messages())
          .extracting(Message::content)
          .containsExactly("late");
      assertThat(onReplica(replica, result.message().messageId())).isTrue();
    }
  }

  @Test
  void everyMessageWriteWaitsForTheReplicaAndIsRefusedWhenItDoesNotConfirm() throws Exception {
    try (RedisServer primary = RedisServer.start("everysec");
        RedisServer replica = RedisServer.startReplicaOf(primary);
        RedisStorage storage =
            RedisStorage.open(primary.url(), new RedisDurability(1, ACK_TIMEOUT, false))) {
      storage.users().insert(new UserAccount("u1", "alice", "h", 1, 0));
      storage.rooms().create(new Room("r1", "acks", RoomVisibility.PUBLIC, "u1", 1, 0), List.of());
      Message sent =
          storage.messages().append(new NewMessage("r1", "u1", "alice", "hi", "c1", 1)).message();
      String id = sent.messageId();

      replica.pause();
      try {
        assertThatThrownBy(
                () -> storage.messages().append(new NewMessage("r1", "u1", "alice", "x", "c2", 2)))
            .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> storage.messageChanges().edit(sent, "edited", Mentions.NONE, 3))
            .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> storage.messageChanges().addReaction("r1", id, "u1", "👍"))
            .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> storage.messageChanges().pin("r1", id, "u1", 4))
            .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> storage.messageChanges().delete("r1", id))
            .isInstanceOf(StorageUnavailableException.class);
      } finally {
        replica.resume();
      }

      // The primary took each of them: a resend answers the one message, and the replica has all.
      assertThat(
              storage
                  .messages()
                  .append(new NewMessage("r1", "u1", "alice", "x", "c2", 2))
                  .created())
          .isFalse();
      assertThat(storage.messages().find(id))
          .hasValueSatisfying(m -> assertThat(m.deleted()).isTrue());
      assertThat(onReplica(replica, id)).isTrue();
    }
  }

  @Test
  void withoutReplicasTheServerRefusesARedisThatDoesNotFsyncEveryWriteUnlessRelaxed()
      throws Exception {
    try (RedisServer everysec = RedisServer.start("everysec")) {
      Map<String, String> strict = environment(everysec, "0");

      assertThatThrownBy(() -> ChatServer.start(ServerConfig.fromEnvironment(strict)))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("appendfsync")
          .hasMessageContaining("REDIS_DURABILITY=relaxed");

      Map<String, String> relaxed = new HashMap<>(strict);
      relaxed.put("REDIS_DURABILITY", "relaxed");
      try (ChatServer server = ChatServer.start(ServerConfig.fromEnvironment(relaxed))) {
        InProcessNode node = InProcessNode.of(server);
        Login alice = node.api().registered("relaxed");
        try (SocketClient socket = node.socketOf(alice)) {
          send(socket, InProcessNode.createRoom(socket, "acks"), "relaxed-1");
        }
      }
    }
  }

  @Test
  void everyMessageAcknowledgedWithOneReplicaIsOnThatReplicaPromotedAfterKillMinusNineOfThePrimary()
      throws Exception {
    try (RedisServer primary = RedisServer.start("everysec");
        RedisServer replica = RedisServer.startReplicaOf(primary)) {
      List<String> acked = new ArrayList<>();
      Login alice;
      String roomId;
      // The node stops first: a node stopping on a dead Redis fails to say goodbye to it.
      try (ChatServer server = start(primary, "1")) {
        InProcessNode node = InProcessNode.of(server);
        alice = node.api().registered("ackfailover");
        try (SocketClient socket = node.socketOf(alice)) {
          roomId = InProcessNode.createRoom(socket, "acks");
          for (int i = 0; i < 50; i++) {
            acked.add(send(socket, roomId, "m-" + i).path("messageId").asText());
          }
        }
      }
      primary.kill();

      replica.promote();
      try (ChatServer promoted = start(replica, "0")) {
        InProcessNode node = InProcessNode.of(promoted);
        try (SocketClient socket = node.socketOf(alice)) {
          assertThat(socket.wholeHistory(roomId)).containsExactlyElementsOf(acked);
        }
      }
    }
  }

  /** A server node on {@code redis} whose acks wait for {@code ackReplicas} replicas. */
  private static ChatServer start(RedisServer redis, String ackReplicas) throws Exception {
    return ChatServer.start(ServerConfig.fromEnvironment(environment(redis, ackReplicas)));
  }

  private static Map<String, String> environment(RedisServer redis, String ackReplicas)
      throws Exception {
    Map<String, String> env =
        new HashMap<>(TestServer.environment(Files.createTempDirectory("chat-test-")));
    env.put("REDIS_URL", redis.url().toString());
    env.put("REDIS_ACK_REPLICAS", ackReplicas);
    env.put("REDIS_ACK_TIMEOUT_MS", Long.toString(ACK_TIMEOUT.toMillis()));
    env.put("MESSAGE_BURST", "1000");
    return env;
  }

  /** Whether the replica holds the log entry of {@code messageId} ({@code roomId/entryId}). */
  private static boolean onReplica(RedisServer replica, String messageId) {
    int slash = messageId.lastIndexOf('/');
    String roomId = messageId.substring(0, slash);
    String entryId = messageId.substring(slash + 1);
    return !replica
        .call(jedis -> jedis.xrange(RedisKeys.roomLog(roomId), entryId, entryId, 1))
        .isEmpty();
  }

  private static JsonNode send(SocketClient socket, String roomId, String clientMsgId) {
    return socket
        .ok("message.send", "roomId", roomId, "content", clientMsgId, "clientMsgId", clientMsgId)
        .path("message");
  }

  private static JsonNode sendRaw(SocketClient socket, String roomId, String clientMsgId) {
    return socket.request(
        "message.send", "roomId", roomId, "content", clientMsgId, "clientMsgId", clientMsgId);
  }
}
