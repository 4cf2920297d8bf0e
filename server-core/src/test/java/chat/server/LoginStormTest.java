package chat.server;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.CloseCodes;
import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

/**
 * Many sockets authenticating at once on two nodes whose Redis pool is tiny and whose Redis stalls
 * or fails: every socket the server accepted is either served (answers, and gets its room's
 * messages) or closed with {@link CloseCodes#TRY_AGAIN_LATER} so that its client connects again.
 * None stays open and silent.
 */
class LoginStormTest {

  @RegisterExtension
  static final TestServer nodes = TestServer.twoRedisNodes(Map.of("REDIS_POOL_SIZE", "2"));

  private static final int SOCKETS = 24;
  private static final Duration ANSWER_WAIT = Duration.ofSeconds(15);

  /** Longer than any single wait on Redis (a pooled connection, a reply): 2 s. */
  private static final Duration STALL = Duration.ofSeconds(3);

  private static int round;

  @Test
  void aStormOnAStalledRedisLeavesEverySocketServedOrToldToComeBack() throws Exception {
    Room room = roomOfNewUsers(SOCKETS);
    nodes.redis().pause();
    List<SocketClient> storm = new ArrayList<>();
    try {
      for (int i = 0; i < SOCKETS; i++) {
        // Half send the token in the handshake, half in an auth frame.
        Login member = room.members.get(i);
        SocketClient socket = nodes.openSocket(i % 2 == 0 ? member.accessToken() : null);
        if (i % 2 == 1) {
          socket.send("auth", "token", member.accessToken());
        }
        storm.add(socket);
      }
      // Longer than a wait for a pooled connection or a reply: the auths under way fail.
      Thread.sleep(STALL.toMillis());
    } finally {
      nodes.redis().resume();
    }

    List<SocketClient> served = new ArrayList<>();
    int toldToComeBack = 0;
    for (SocketClient socket : storm) {
      if (answersPing(socket)) {
        served.add(socket);
      } else {
        assertThat(socket.awaitClose(ANSWER_WAIT).code()).isEqualTo(CloseCodes.TRY_AGAIN_LATER);
        toldToComeBack++;
      }
    }
    room.owner.ok(
        "message.send", "roomId", room.id, "content", "after the storm", "clientMsgId", "storm");
    for (SocketClient socket : served) {
      assertThat(socket.poll(f -> "message.new".equals(f.path("type").asText()), ANSWER_WAIT))
          .isPresent();
    }
    System.out.printf(
        "login storm of %d sockets on a stalled Redis: %d served, %d closed with %d%n",
        SOCKETS, served.size(), toldToComeBack, CloseCodes.TRY_AGAIN_LATER);
    assertThat(toldToComeBack).isPositive();
  }

  @Test
  void aSocketWhosePresenceCannotBeRecordedIsStillAnsweredAndServed() {
    Room room = roomOfNewUsers(2);
    nodes.redis().call(jedis -> breakPresence(jedis));
    // On node 0, whose count exists (its owner's socket): an absent one would be made anew.
    try (SocketClient socket = SocketClient.connect(nodes.wsUrls().getFirst(), null)) {
      assertThat(
              socket
                  .request("auth", "token", room.members.getFirst().accessToken())
                  .path("type")
                  .asText())
          .isEqualTo("ack");
      room.owner.ok(
          "message.send", "roomId", room.id, "content", "presence or not", "clientMsgId", "p");
      assertThat(socket.awaitEvent("message.new").path("message").path("content").asText())
          .isEqualTo("presence or not");
    } finally {
      nodes.redis().call(jedis -> repairPresence(jedis));
    }
  }

  private static boolean answersPing(SocketClient socket) {
    String requestId;
    try {
      requestId = socket.send("ping");
    } catch (RuntimeException closedAlready) {
      return false;
    }
    Optional<?> answer =
        socket.poll(
            f -> requestId.equals(f.path("requestId").asText(null)) || socket.isClosed(),
            ANSWER_WAIT);
    return answer.isPresent() && !socket.isClosed();
  }

  /** Every node's socket count, a hash, made a string: each presence update fails on its type. */
  private static Object breakPresence(Jedis jedis) {
    for (String key : jedis.keys("chat:{node:*}:sockets")) {
      jedis.rename(key, key + ":kept");
      jedis.set(key, "not a hash");
    }
    return null;
  }

  private static Object repairPresence(Jedis jedis) {
    for (String kept : jedis.keys("chat:{node:*}:sockets:kept")) {
      jedis.rename(kept, kept.substring(0, kept.length() - ":kept".length()));
    }
    return null;
  }

  /** A public room of {@code size} new users besides its owner, whose socket is on node 0. */
  private record Room(String id, SocketClient owner, List<Login> members) {}

  private static Room roomOfNewUsers(int size) {
    round++;
    SocketClient owner = nodes.connect(0, nodes.api(0).registered("stormowner" + round));
    List<Login> members =
        IntStream.range(0, size)
            .mapToObj(i -> nodes.api(i % 2).registered("storm" + round + "u" + i))
            .toList();
    String roomId =
        owner
            .ok(
                "room.create",
                "name",
                "storm" + round,
                "visibility",
                "public",
                "memberIds",
                members.stream().map(Login::userId).toList())
            .path("room")
            .path("roomId")
            .asText();
    return new Room(roomId, owner, members);
  }
}
