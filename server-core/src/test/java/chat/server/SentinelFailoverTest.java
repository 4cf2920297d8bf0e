package chat.server;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.InProcessNode;
import chat.server.support.RedisServer;
import chat.server.support.SendingClient;
import chat.server.support.SentinelGroup;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server nodes in this JVM on a real Sentinel deployment (a primary, its replicas, three
 * sentinels that call a silent primary down after one second), with the default acks of Sentinel
 * mode (one replica, {@code REDIS_ACK_REPLICAS} unset). Clients on both nodes send as a real client
 * does (resend with the same clientMsgId until acknowledged, reconnect on a closed socket) while
 * the primary is killed with {@code kill -9} and the sentinels promote a replica. Each run prints
 * the pause: the longest time in which no client got an ack.
 */
class SentinelFailoverTest {

  private static final int CLIENTS = 8;
  private static final Duration RUN = Duration.ofMillis(1500);

  @TempDir Path dataA;
  @TempDir Path dataB;
  private SentinelGroup group;
  private final List<ChatServer> nodes = new ArrayList<>();

  @AfterEach
  void stopEverything() throws Exception {
    for (ChatServer node : nodes) {
      node.close();
    }
    if (group != null) {
      group.close();
    }
  }

  /**
   * One replica: it is promoted, and acks wait (refused {@code STORAGE_UNAVAILABLE}, resent) until
   * the killed primary, restarted, is its replica.
   */
  @Test
  void killingThePrimaryLosesNoAcknowledgedMessageAndDuplicatesNone() throws Exception {
    group = SentinelGroup.startForFailover(1);
    runWhileThePrimaryIsKilled(
        "one replica",
        old -> {
          old.restart();
          group.awaitReplicated();
        });
  }

  /** Two replicas: one is promoted and the other follows it, so acks resume with no restart. */
  @Test
  void withTwoReplicasAcksResumeOnceOneIsPromotedWithNothingLostOrDoubled() throws Exception {
    group = SentinelGroup.startForFailover(2);
    runWhileThePrimaryIsKilled("two replicas", old -> group.awaitReplicated());
  }

  /**
   * Presence that the promoted replica lacks (the old primary's last writes, not yet replicated
   * when it died) is back by each node's next heartbeat, which rewrites the node's socket counts
   * and its place among the live nodes on whatever primary its client now follows.
   */
  @Test
  void presenceThePromotedReplicaLacksIsRewrittenByTheNextHeartbeat() throws Exception {
    group = SentinelGroup.startForFailover(1);
    group.awaitReadyToFailOver();
    // A beat every half second.
    Map<String, String> presence = Map.of("PRESENCE_NODE_TIMEOUT_SECONDS", "3");
    InProcessNode a = node(dataA, presence);
    InProcessNode b = node(dataB, presence);
    Login alice = a.api().registered("alice");
    Login bob = b.api().registered("bob");
    SocketClient onA = a.socketOf(alice);
    SocketClient onB = b.socketOf(bob);
    onB.ok("room.join", "roomId", InProcessNode.createRoom(onA, "presence"));

    RedisServer promoted = group.awaitPromotionAwayFrom(group.killPrimary());
    promoted.call(
        jedis -> {
          jedis.keys("chat:{node:*").forEach(jedis::del);
          return jedis.del("chat:{presence}:nodes");
        });

    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!"online".equals(statusOf(onA, bob)) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(statusOf(onA, bob)).isEqualTo("online");
    assertThat(statusOf(onB, alice)).isEqualTo("online");
    boolean liveNodesRewritten = promoted.call(jedis -> jedis.exists("chat:{presence}:nodes"));
    assertThat(liveNodesRewritten).isTrue();
    onA.close();
    onB.close();
  }

  private static String statusOf(SocketClient asker, Login user) {
    return asker
        .ok("presence.query", "userIds", List.of(user.userId()))
        .path("presence")
        .path(0)
        .path("status")
        .asText();
  }

  /** What the test does about the killed primary before the clients send on for a while. */
  private interface Recovery {
    void after(RedisServer killed) throws Exception;
  }

  private void runWhileThePrimaryIsKilled(String deployment, Recovery recovery) throws Exception {
    group.awaitReadyToFailOver();
    InProcessNode a = node(dataA, Map.of());
    InProcessNode b = node(dataB, Map.of());
    List<String> urls = List.of(wsUrl(a), wsUrl(b));
    AtomicInteger turn = new AtomicInteger();
    Supplier<String> nextNode = () -> urls.get(turn.getAndIncrement() % urls.size());
    List<Login> members = members(a.api());
    String roomId = room(members, nextNode);
    List<SendingClient> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      clients.add(new SendingClient("s" + i, members.get(i), roomId, nextNode));
    }

    List<Thread> threads = clients.stream().map(c -> Thread.ofVirtual().start(c)).toList();
    Thread.sleep(RUN);
    long killed = System.nanoTime();
    RedisServer old = group.killPrimary();
    group.awaitPromotionAwayFrom(old);
    long promoted = System.nanoTime();
    recovery.after(old);
    long replicated = System.nanoTime();
    Thread.sleep(RUN);
    clients.forEach(SendingClient::stop);
    for (Thread thread : threads) {
      assertThat(thread.join(Duration.ofSeconds(30))).as("a sender finished").isTrue();
    }

    List<List<String>> histories = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      try (SocketClient socket =
          SocketClient.connect(urls.get(i % urls.size()), members.get(i).accessToken())) {
        histories.add(socket.wholeHistory(roomId));
      }
    }
    List<String> history = histories.getFirst();
    int acked = clients.stream().mapToInt(c -> c.acknowledged().size()).sum();
    System.out.printf(
        "Sentinel failover, %s: %d clients, %d messages acknowledged, %d in history, %d resends,"
            + " %d reconnects; promoted %d ms after kill -9, a replica linked %d ms after that;"
            + " longest time without an ack %d ms%n",
        deployment,
        clients.size(),
        acked,
        history.size(),
        clients.stream().mapToInt(SendingClient::failures).sum(),
        clients.stream().mapToInt(SendingClient::reconnects).sum(),
        Duration.ofNanos(promoted - killed).toMillis(),
        Duration.ofNanos(replicated - promoted).toMillis(),
        longestGapWithoutAcks(clients).toMillis());
    assertThat(histories).as("every client reads the same history").containsOnly(history);
    assertThat(history).doesNotHaveDuplicates();
    for (SendingClient client : clients) {
      assertThat(history).containsSubsequence(client.acknowledged());
    }
    // Beyond the acknowledged ones, at most each client's last send, unanswered when it stopped.
    assertThat(history.size()).isBetween(acked, acked + clients.size());
    assertThat(clients)
        .as("every client had acks once a replica was linked to the new primary")
        .allMatch(client -> client.ackNanos().getLast() > replicated);
    assertEventsCrossNodes(a, b, members, roomId);
  }

  /**
   * Each node's event subscription follows the new primary: a send on one reaches the other. A
   * subscription moves at its next heartbeat after the sentinels' switch, so a send is tried every
   * two seconds, for up to twenty, until one crosses (clients fill the gap before with {@code
   * sync}).
   */
  private static void assertEventsCrossNodes(
      InProcessNode a, InProcessNode b, List<Login> members, String roomId) {
    try (SocketClient onA = a.socketOf(members.get(0));
        SocketClient onB = b.socketOf(members.get(1))) {
      for (int attempt = 1; ; attempt++) {
        String id = sentWithRetries(onA, roomId, "after " + attempt);
        boolean crossed =
            onB.poll(
                    f -> id.equals(f.path("message").path("messageId").asText()),
                    Duration.ofSeconds(2))
                .isPresent();
        if (crossed) {
          return;
        }
        assertThat(attempt)
            .as("message.new reaches the other node through the new primary within 20 s")
            .isLessThan(10);
      }
    }
  }

  /**
   * Sends one message as a client does: resent with the same {@code clientMsgId} while the store is
   * unavailable (a replica slow to confirm on a loaded machine), for up to ten seconds.
   */
  private static String sentWithRetries(SocketClient socket, String roomId, String content) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      JsonNode answer =
          socket.request(
              "message.send", "roomId", roomId, "content", content, "clientMsgId", content);
      boolean unavailable =
          "STORAGE_UNAVAILABLE".equals(answer.path("error").path("code").asText());
      if (!unavailable || System.nanoTime() > deadline) {
        assertThat(answer.path("type").asText()).as(answer.toString()).isEqualTo("ack");
        return answer.path("result").path("message").path("messageId").asText();
      }
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }
  }

  /** The longest stretch in which no client got an ack, from the first ack to the last. */
  private static Duration longestGapWithoutAcks(List<SendingClient> clients) {
    List<Long> times = clients.stream().flatMap(c -> c.ackNanos().stream()).sorted().toList();
    long longest = 0;
    for (int i = 1; i < times.size(); i++) {
      longest = Math.max(longest, times.get(i) - times.get(i - 1));
    }
    return Duration.ofNanos(longest);
  }

  private InProcessNode node(Path dataDir, Map<String, String> settings) throws Exception {
    Map<String, String> env = new HashMap<>(TestServer.environment(dataDir));
    env.putAll(group.settings());
    env.putAll(settings);
    env.put("MESSAGE_RATE_PER_SECOND", "100000");
    env.put("MESSAGE_BURST", "100000");
    ChatServer server = ChatServer.start(ServerConfig.fromEnvironment(env));
    nodes.add(server);
    return InProcessNode.of(server);
  }

  private static String wsUrl(InProcessNode node) {
    return "ws://127.0.0.1:" + node.server().wsPort() + "/ws";
  }

  private static List<Login> members(ApiClient api) {
    List<Login> members = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      members.add(api.registered("sender" + i));
    }
    return members;
  }

  /** A public room that every member joined, each through the next node. */
  private static String room(List<Login> members, Supplier<String> nextNode) {
    String roomId;
    try (SocketClient owner =
        SocketClient.connect(nextNode.get(), members.getFirst().accessToken())) {
      roomId = InProcessNode.createRoom(owner, "failover");
    }
    for (Login member : members.subList(1, members.size())) {
      try (SocketClient socket = SocketClient.connect(nextNode.get(), member.accessToken())) {
        socket.ok("room.join", "roomId", roomId);
      }
    }
    return roomId;
  }
}
