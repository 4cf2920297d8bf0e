package chat.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.ChatServer;
import chat.server.ServerConfig;
import chat.server.support.ApiClient.Login;
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

/**
 * Two server nodes in this JVM on one replicated Redis deployment, and the fault test of its
 * failover: {@value #CLIENTS} clients on both nodes send to one room as a real client does (resend
 * with the same clientMsgId until acknowledged, reconnect on a closed socket) while a {@link
 * Failover} kills the room's primary with {@code kill -9}, waits for a replica's promotion and
 * brings a replica back. Then nothing acknowledged is lost or doubled, every client reads the same
 * history, and events cross between the nodes again. It prints the pause: the longest time in which
 * no client got an ack.
 */
public final class FailoverRun implements AutoCloseable {

  private static final int CLIENTS = 8;
  private static final Duration RUN = Duration.ofMillis(1500);

  private final AutoCloseable deployment;
  private final List<ChatServer> servers = new ArrayList<>();
  private final InProcessNode a;
  private final InProcessNode b;

  /** What a deployment does to fail over the primary of a room's data, in three steps. */
  public record Failover(Kill kill, Step awaitPromotion, Step recover) {}

  /** {@code kill -9} of the primary that holds the room's keys; answers the killed process. */
  public interface Kill {
    RedisServer primaryOf(String roomId) throws Exception;
  }

  /** A step after the kill, given the room and the killed process. */
  public interface Step {
    void after(String roomId, RedisServer killed) throws Exception;
  }

  private FailoverRun(
      AutoCloseable deployment, Map<String, String> settings, Path dataA, Path dataB)
      throws Exception {
    this.deployment = deployment;
    try {
      a = node(settings, dataA);
      b = node(settings, dataB);
    } catch (Exception | Error e) {
      try {
        close();
      } catch (Exception closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /**
   * Starts two nodes on {@code deployment} with these settings (the deployment's, and any other),
   * their data in {@code dataA} and {@code dataB}, and rate limits no sender reaches. {@link
   * #close} stops them and then the deployment, as does a failure to start them.
   */
  public static FailoverRun start(
      AutoCloseable deployment, Map<String, String> settings, Path dataA, Path dataB)
      throws Exception {
    return new FailoverRun(deployment, settings, dataA, dataB);
  }

  public InProcessNode a() {
    return a;
  }

  public InProcessNode b() {
    return b;
  }

  /**
   * Clients send for a while, {@code failover} runs, they send on for a while, and then this checks
   * what they were told against what every one of them reads, and that events cross the nodes.
   * Prints one line, starting with {@code label}, with the counts and the times.
   */
  public void whileThePrimaryIsKilled(String label, Failover failover) throws Exception {
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
    RedisServer old = failover.kill().primaryOf(roomId);
    failover.awaitPromotion().after(roomId, old);
    long promoted = System.nanoTime();
    failover.recover().after(roomId, old);
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
        "%s: %d clients, %d messages acknowledged, %d in history, %d resends, %d reconnects;"
            + " promoted %d ms after kill -9, a replica linked %d ms after that;"
            + " longest time without an ack %d ms%n",
        label,
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
    assertEventsCrossNodes(members, roomId);
  }

  /** Stops both nodes, then the deployment. */
  @Override
  public void close() throws Exception {
    for (ChatServer server : servers) {
      server.close();
    }
    deployment.close();
  }

  /**
   * Each node's event subscription follows the new primary: a send on one reaches the other. A
   * subscription moves at its next heartbeat after the switch, so a send is tried every two
   * seconds, for up to twenty, until one crosses (clients fill the gap before with {@code sync}).
   */
  private void assertEventsCrossNodes(List<Login> members, String roomId) {
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

  private InProcessNode node(Map<String, String> settings, Path dataDir) throws Exception {
    Map<String, String> env = new HashMap<>(TestServer.environment(dataDir));
    env.putAll(settings);
    env.put("MESSAGE_RATE_PER_SECOND", "100000");
    env.put("MESSAGE_BURST", "100000");
    ChatServer server = ChatServer.start(ServerConfig.fromEnvironment(env));
    servers.add(server);
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
