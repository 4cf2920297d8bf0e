package chat.server;

import chat.server.support.FailoverRun;
import chat.server.support.RedisClusterNodes;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server nodes in this JVM on a Redis Cluster of their own (three primaries with a replica
 * each; not the shared one, since a node is killed), with the default acks on a cluster (one
 * replica, {@code REDIS_ACK_REPLICAS} unset). Clients on both nodes send to one room while the
 * primary of the room's shard is killed with {@code kill -9}; the other nodes count it failed after
 * their node timeout and its replica takes over its slots. Acks wait (refused {@code
 * STORAGE_UNAVAILABLE}, resent) until the killed node, restarted, is the new primary's replica.
 * Each run prints the pause: the longest time in which no client got an ack.
 */
class ClusterFailoverTest {

  @TempDir Path dataA;
  @TempDir Path dataB;
  @AutoClose private FailoverRun nodes;

  @Test
  void killingTheRoomShardsPrimaryLosesNoAcknowledgedMessageAndDuplicatesNone() throws Exception {
    RedisClusterNodes cluster = RedisClusterNodes.start();
    nodes = FailoverRun.start(cluster, Map.of("REDIS_CLUSTER", cluster.seeds()), dataA, dataB);
    nodes.whileThePrimaryIsKilled(
        "Cluster failover of the room's shard",
        new FailoverRun.Failover(
            roomId -> cluster.killPrimaryOf(roomKey(roomId)),
            (roomId, killed) -> cluster.awaitPromotionAwayFrom(roomKey(roomId), killed),
            (roomId, killed) -> {
              cluster.revive(killed);
              cluster.awaitReplicated(roomKey(roomId));
            }));
  }

  /** A key in the room's slot: every key of a room is under its hash tag {@code {room:ID}}. */
  private static String roomKey(String roomId) {
    return "chat:{room:" + roomId + "}:log";
  }
}
