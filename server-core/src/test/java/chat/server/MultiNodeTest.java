package chat.server;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two nodes on one Redis: whatever a client does on one node, the other node's clients see. */
class MultiNodeTest {

  @RegisterExtension static final TestServer nodes = TestServer.twoRedisNodes();

  private static int round;

  @Test
  void clientsOnDifferentNodesExchangeMessagesInOneOrder() {
    Pair pair = pair();
    int each = 25; // within one user's burst of 30
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < each; i++) {
      sent.add(messageId(pair.onA.ok("message.send", send(pair.roomId, "from a " + i, "a" + i))));
      sent.add(messageId(pair.onB.ok("message.send", send(pair.roomId, "from b " + i, "b" + i))));
    }

    List<String> deliveredOnA = deliveries(pair.onA, sent.size());
    List<String> deliveredOnB = deliveries(pair.onB, sent.size());
    List<String> historyOnA =
        ids(pair.onA.ok("message.history", "roomId", pair.roomId, "limit", 100));
    List<String> historyOnB =
        ids(pair.onB.ok("message.history", "roomId", pair.roomId, "limit", 100));

    System.out.printf(
        "two nodes: %d messages sent from both; delivered %d on node A, %d on node B;"
            + " history %d on A, %d on B%n",
        sent.size(),
        deliveredOnA.size(),
        deliveredOnB.size(),
        historyOnA.size(),
        historyOnB.size());
    assertThat(deliveredOnA).isEqualTo(sent);
    assertThat(deliveredOnB).isEqualTo(sent);
    assertThat(historyOnA).isEqualTo(sent).isEqualTo(historyOnB);
  }

  @Test
  void racingSendsOnBothNodesReachEverySocketInTheRoomsOneOrder() {
    Pair pair = pair();
    // A first message sets each node's place in the room's order before the race starts.
    pair.onA.ok("message.send", send(pair.roomId, "before the race", "warm-up"));
    pair.onA.awaitEvent("message.new");
    pair.onB.awaitEvent("message.new");
    int sendersPerNode = 4;
    int each = 25; // within one user's burst of 30
    List<SocketClient> senders = new ArrayList<>();
    for (int node = 0; node < 2; node++) {
      for (int s = 0; s < sendersPerNode; s++) {
        Login sender = nodes.api(node).registered("racer" + round + "n" + node + "s" + s);
        SocketClient socket = nodes.connect(node, sender);
        socket.ok("room.join", "roomId", pair.roomId);
        senders.add(socket);
      }
    }

    for (int i = 0; i < each; i++) {
      for (SocketClient sender : senders) {
        sender.send("message.send", send(pair.roomId, "race " + i, "race-" + i));
      }
    }

    int raced = senders.size() * each;
    List<String> deliveredOnA = deliveries(pair.onA, raced);
    List<String> deliveredOnB = deliveries(pair.onB, raced);
    List<String> history = pair.onA.wholeHistory(pair.roomId);
    List<String> racedHistory = history.subList(1, history.size());
    System.out.printf(
        "two nodes: %d sends raced from %d sockets on both nodes; node A delivered %d out of"
            + " history's place, node B %d%n",
        raced,
        senders.size(),
        outOfPlace(deliveredOnA, racedHistory),
        outOfPlace(deliveredOnB, racedHistory));
    assertThat(deliveredOnA).isEqualTo(racedHistory);
    assertThat(deliveredOnB).isEqualTo(racedHistory);
  }

  /** How many positions of {@code delivered} hold another message than {@code history}. */
  private static long outOfPlace(List<String> delivered, List<String> history) {
    int size = Math.min(delivered.size(), history.size());
    return IntStream.range(0, size).filter(i -> !delivered.get(i).equals(history.get(i))).count();
  }

  @Test
  void aResendThroughTheOtherNodeReturnsTheOriginal() {
    Pair pair = pair();
    SocketClient aliceOnB = nodes.connect(1, pair.alice);

    JsonNode original =
        pair.onA.ok("message.send", send(pair.roomId, "once", "r-1")).path("message");
    JsonNode resent = aliceOnB.ok("message.send", send(pair.roomId, "once", "r-1")).path("message");

    assertThat(resent).isEqualTo(original);
    assertThat(ids(pair.onB.ok("message.history", "roomId", pair.roomId))).hasSize(1);
    System.out.println("two nodes: resend through the other node returned the original message");
  }

  @Test
  void presenceIsSharedAcrossNodes() {
    Pair pair = pair();

    assertThat(statusOf(pair.onA, pair.roomId, pair.bob)).isEqualTo("online");
    pair.onB.close();

    assertThat(waitForStatus(pair.onA, pair.roomId, pair.bob, "offline", Duration.ofSeconds(5)))
        .isEqualTo("offline");
  }

  @Test
  void logoutOnOneNodeClosesTheSessionsSocketsOnTheOtherWithinOneSecond() {
    Pair pair = pair();

    assertThat(nodes.api(0).post("/api/auth/logout", pair.bob.accessToken(), "").status())
        .isEqualTo(204);

    assertThat(pair.onB.awaitClose(Duration.ofSeconds(1)).code()).isEqualTo(4401);
  }

  /** Alice on node A and Bob on node B, both in one new public room. */
  private record Pair(Login alice, Login bob, SocketClient onA, SocketClient onB, String roomId) {}

  private static Pair pair() {
    round++;
    Login alice = nodes.api(0).registered("alice" + round);
    Login bob = nodes.api(1).registered("bob" + round);
    SocketClient onA = nodes.connect(0, alice);
    SocketClient onB = nodes.connect(1, bob);
    String roomId =
        onA.ok("room.create", "name", "across", "visibility", "public")
            .path("room")
            .path("roomId")
            .asText();
    onB.ok("room.join", "roomId", roomId);
    return new Pair(alice, bob, onA, onB, roomId);
  }

  private static Object[] send(String roomId, String content, String clientMsgId) {
    return new Object[] {"roomId", roomId, "content", content, "clientMsgId", clientMsgId};
  }

  private static String messageId(JsonNode result) {
    return result.path("message").path("messageId").asText();
  }

  /** The ids of the next {@code count} message.new events, in arrival order. */
  private static List<String> deliveries(SocketClient socket, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(socket.awaitEvent("message.new").path("message").path("messageId").asText());
    }
    return ids;
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("messages").forEach(m -> ids.add(m.path("messageId").asText()));
    return ids;
  }

  private static String statusOf(SocketClient socket, String roomId, Login user) {
    for (JsonNode member : socket.ok("room.members", "roomId", roomId).path("members")) {
      if (member.path("userId").asText().equals(user.userId())) {
        return member.path("status").asText();
      }
    }
    throw new AssertionError(user.username() + " is not a member");
  }

  private static String waitForStatus(
      SocketClient socket, String roomId, Login user, String wanted, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    String status = statusOf(socket, roomId, user);
    while (!status.equals(wanted) && System.nanoTime() < deadline) {
      sleep(Duration.ofMillis(100));
      status = statusOf(socket, roomId, user);
    }
    return status;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
