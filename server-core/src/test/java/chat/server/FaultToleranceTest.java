package chat.server;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.RedisServerExtension;
import chat.server.support.SendingClient;
import chat.server.support.ServerProcess;
import chat.server.support.SocketClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes on one Redis, broken on purpose: a node killed with SIGKILL, Redis killed
 * and restarted, Redis down. Clients behave like real ones (resend with the same clientMsgId until
 * acknowledged, reconnect to the other node), and nothing acknowledged may be lost or doubled.
 */
class FaultToleranceTest {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  private static final int CLIENTS = 8;
  private static final Duration RUN = Duration.ofMillis(1500);

  @TempDir Path dataA;
  @TempDir Path dataB;
  private final List<ServerProcess> nodes = new ArrayList<>();

  @AfterEach
  void stopNodes() {
    nodes.forEach(ServerProcess::close);
  }

  @Test
  void killingANodeMidRunLosesNoAcknowledgedMessage() throws Exception {
    ServerProcess a = node(dataA);
    ServerProcess b = node(dataB);
    AtomicReference<String> target = new AtomicReference<>(a.wsUrl());
    Room room = room(a.api(), () -> target.get());

    List<SendingClient> clients = room.senders();
    List<Thread> threads = start(clients);
    Thread.sleep(RUN);
    target.set(b.wsUrl());
    a.kill();
    Thread.sleep(RUN);
    finish(clients, threads);

    List<String> history = wholeHistory(b.wsUrl(), room.owner(), room.id());
    report("kill -9 of one node", clients, history);
    assertEveryAckStoredOnceInOrder(clients, history);
    assertThat(clients).allMatch(client -> client.reconnects() >= 1);
  }

  @Test
  void killingAndRestartingRedisMidRunLosesNoAcknowledgedMessage() throws Exception {
    ServerProcess a = node(dataA);
    ServerProcess b = node(dataB);
    List<String> urls = List.of(a.wsUrl(), b.wsUrl());
    int[] turn = {0};
    Room room = room(a.api(), () -> urls.get(turn[0]++ % 2));

    List<SendingClient> clients = room.senders();
    List<Thread> threads = start(clients);
    Thread.sleep(RUN);
    redis.kill();
    Thread.sleep(RUN);
    redis.restart();
    Thread.sleep(RUN);
    finish(clients, threads);

    List<String> history = wholeHistory(b.wsUrl(), room.owner(), room.id());
    report("kill -9 of Redis and a restart", clients, history);
    assertEveryAckStoredOnceInOrder(clients, history);
    assertFanOutWorksAcrossNodes(a, b, room);
  }

  @Test
  void whileRedisIsDownSendsFailQuicklyAndReadinessSays503() throws Exception {
    ServerProcess a = node(dataA);
    Login login = a.api().registered("patient");
    try (SocketClient socket = SocketClient.connect(a.wsUrl(), login.accessToken())) {
      String roomId =
          socket
              .ok("room.create", "name", "outage", "visibility", "public")
              .path("room")
              .path("roomId")
              .asText();
      redis.kill();

      long start = System.nanoTime();
      JsonNode answer =
          socket.request(
              "message.send", "roomId", roomId, "content", "hello?", "clientMsgId", "o1");
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      ApiClient.Reply ready = a.api().get("/readyz", null);

      System.out.printf(
          "Redis down: message.send answered %s in %d ms; /readyz %d%n",
          answer.path("error").path("code").asText(), took.toMillis(), ready.status());
      assertThat(answer.path("type").asText()).isEqualTo("error");
      assertThat(answer.path("error").path("code").asText()).isEqualTo("INTERNAL");
      assertThat(answer.path("error").path("message").asText()).contains("store");
      assertThat(took).isLessThan(Duration.ofSeconds(5));
      assertThat(ready.status()).isEqualTo(503);

      redis.restart();
      assertThat(
              socket
                  .ok("message.send", "roomId", roomId, "content", "back", "clientMsgId", "o1")
                  .path("message")
                  .path("content")
                  .asText())
          .isEqualTo("back");
      assertThat(a.api().get("/readyz", null).status()).isEqualTo(200);
    }
  }

  /**
   * A room whose members are the {@link #CLIENTS} senders, each reaching nodes via {@code urls}.
   */
  private record Room(String id, Login owner, List<Login> members, Supplier<String> urls) {
    List<SendingClient> senders() {
      List<SendingClient> senders = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        senders.add(new SendingClient("s" + i, members.get(i), id, urls));
      }
      return senders;
    }
  }

  private static Room room(ApiClient api, Supplier<String> urls) {
    List<Login> members = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      members.add(api.registered("sender" + i + "x" + System.nanoTime() % 100_000));
    }
    String roomId;
    try (SocketClient owner = SocketClient.connect(urls.get(), members.getFirst().accessToken())) {
      roomId =
          owner
              .ok("room.create", "name", "load", "visibility", "public")
              .path("room")
              .path("roomId")
              .asText();
    }
    for (Login member : members.subList(1, members.size())) {
      try (SocketClient socket = SocketClient.connect(urls.get(), member.accessToken())) {
        socket.ok("room.join", "roomId", roomId);
      }
    }
    return new Room(roomId, members.getFirst(), members, urls);
  }

  private ServerProcess node(Path dataDir) {
    ServerProcess node =
        ServerProcess.start(
            dataDir,
            Map.of(
                "REDIS_URL", redis.url().toString(),
                "MESSAGE_RATE_PER_SECOND", "100000",
                "MESSAGE_BURST", "100000"));
    nodes.add(node);
    return node;
  }

  private static List<Thread> start(List<SendingClient> clients) {
    return clients.stream().map(client -> Thread.ofVirtual().start(client)).toList();
  }

  private static void finish(List<SendingClient> clients, List<Thread> threads)
      throws InterruptedException {
    clients.forEach(SendingClient::stop);
    for (Thread thread : threads) {
      assertThat(thread.join(Duration.ofSeconds(30))).as("a sender finished").isTrue();
    }
  }

  /** Every acknowledged message once, each client's in its ack order; at most one extra each. */
  private static void assertEveryAckStoredOnceInOrder(
      List<SendingClient> clients, List<String> history) {
    assertThat(history).doesNotHaveDuplicates();
    int acknowledged = 0;
    for (SendingClient client : clients) {
      List<String> acked = client.acknowledged();
      acknowledged += acked.size();
      assertThat(history).containsSubsequence(acked);
    }
    assertThat(history.size()).isBetween(acknowledged, acknowledged + clients.size());
  }

  private static void assertFanOutWorksAcrossNodes(ServerProcess a, ServerProcess b, Room room) {
    try (SocketClient onA = SocketClient.connect(a.wsUrl(), room.owner().accessToken());
        SocketClient onB = SocketClient.connect(b.wsUrl(), room.members().get(1).accessToken())) {
      onB.ok("ping");
      String id =
          onA.ok("message.send", "roomId", room.id(), "content", "after", "clientMsgId", "after")
              .path("message")
              .path("messageId")
              .asText();
      assertThat(
              onB.poll(
                  f -> id.equals(f.path("message").path("messageId").asText()),
                  Duration.ofSeconds(10)))
          .as("message.new reaches the other node once its subscription is back")
          .isPresent();
    }
  }

  private static void report(String fault, List<SendingClient> clients, List<String> history) {
    int acked = clients.stream().mapToInt(c -> c.acknowledged().size()).sum();
    int retried = clients.stream().mapToInt(SendingClient::failures).sum();
    int reconnects = clients.stream().mapToInt(SendingClient::reconnects).sum();
    System.out.printf(
        "%s: %d clients, %d messages acknowledged, %d in history, %d resends, %d reconnects%n",
        fault, clients.size(), acked, history.size(), retried, reconnects);
  }

  /** Every message of the room, oldest first, read through {@code wsUrl}. */
  private static List<String> wholeHistory(String wsUrl, Login reader, String roomId) {
    try (SocketClient socket = SocketClient.connect(wsUrl, reader.accessToken())) {
      return socket.wholeHistory(roomId);
    }
  }
}
