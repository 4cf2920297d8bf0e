package chat.server;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.FailoverRun;
import chat.server.support.InProcessNode;
import chat.server.support.RedisServer;
import chat.server.support.SentinelGroup;
import chat.server.support.SocketClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
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

  @TempDir Path dataA;
  @TempDir Path dataB;
  private SentinelGroup group;
  @AutoClose private FailoverRun nodes;

  /**
   * One replica: it is promoted, and acks wait (refused {@code STORAGE_UNAVAILABLE}, resent) until
   * the killed primary, restarted, is its replica.
   */
  @Test
  void killingThePrimaryLosesNoAcknowledgedMessageAndDuplicatesNone() throws Exception {
    start(1, Map.of());
    runWhileThePrimaryIsKilled(
        "one replica",
        (roomId, old) -> {
          old.restart();
          group.awaitReplicated();
        });
  }

  /** Two replicas: one is promoted and the other follows it, so acks resume with no restart. */
  @Test
  void withTwoReplicasAcksResumeOnceOneIsPromotedWithNothingLostOrDoubled() throws Exception {
    start(2, Map.of());
    runWhileThePrimaryIsKilled("two replicas", (roomId, old) -> group.awaitReplicated());
  }

  /**
   * Presence that the promoted replica lacks (the old primary's last writes, not yet replicated
   * when it died) is back by each node's next heartbeat, which rewrites the node's socket counts
   * and its place among the live nodes on whatever primary its client now follows.
   */
  @Test
  void presenceThePromotedReplicaLacksIsRewrittenByTheNextHeartbeat() throws Exception {
    // A beat every half second.
    start(1, Map.of("PRESENCE_NODE_TIMEOUT_SECONDS", "3"));
    InProcessNode a = nodes.a();
    InProcessNode b = nodes.b();
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

    // Beats come every half second; the wait is long for a loaded machine, where the nodes' clients
    // take a while to follow the promoted replica (5 s was once too short).
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
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

  /**
   * A group with this many replicas and two nodes on it, also with these {@code settings}, once the
   * sentinels are ready to fail over.
   */
  private void start(int replicas, Map<String, String> settings) throws Exception {
    group = SentinelGroup.startForFailover(replicas);
    Map<String, String> env = new HashMap<>(group.settings());
    env.putAll(settings);
    nodes = FailoverRun.start(group, env, dataA, dataB);
    group.awaitReadyToFailOver();
  }

  /**
   * Clients on two nodes send while the primary is killed and the sentinels promote a replica;
   * {@code recovery} then gets a replica linked to it.
   */
  private void runWhileThePrimaryIsKilled(String replicas, FailoverRun.Step recovery)
      throws Exception {
    nodes.whileThePrimaryIsKilled(
        "Sentinel failover, " + replicas,
        new FailoverRun.Failover(
            roomId -> group.killPrimary(),
            (roomId, old) -> group.awaitPromotionAwayFrom(old),
            recovery));
  }
}
