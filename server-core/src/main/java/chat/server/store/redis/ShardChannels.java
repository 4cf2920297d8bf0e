package chat.server.store.redis;

import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * The shard channels of a Redis Cluster's events (decision record 0019): one per slot, named {@code
 * chat:{events:N}} with the first {@code N} (counting from 0) whose tag {@code events:N} hashes to
 * that slot. A room's events go on the channel of its keys' slot, so they pass through the room's
 * shard and nowhere else; a node listens to every slot's channel on the primary that serves it.
 * Like {@link RedisKeys}, the names are a format every node of a deployment shares.
 *
 * <p>Why a channel per slot and not per room: with one per room a node would have to subscribe to
 * each room one of its sockets is in before any event of it is published, including rooms joined or
 * granted on another node a moment ago (decision record 0004 weighed that churn). A channel per
 * slot is known in advance: a node subscribes once to every slot, and again only when the slots
 * move.
 */
final class ShardChannels {

  /** Indexed by slot; made once, in a few milliseconds (about 155,000 tags are hashed). */
  private static final String[] BY_SLOT = channelOfEachSlot();

  private ShardChannels() {}

  /** The channel of {@code roomId}'s events: the one in the slot of the room's keys. */
  static String ofRoom(String roomId) {
    return ofSlot(JedisClusterCRC16.getSlot(RedisKeys.roomInfo(roomId)));
  }

  static String ofSlot(int slot) {
    return BY_SLOT[slot];
  }

  private static String[] channelOfEachSlot() {
    String[] channels = new String[RedisNodes.SLOTS];
    int named = 0;
    for (int n = 0; named < channels.length; n++) {
      String channel = "chat:{events:" + n + "}";
      int slot = JedisClusterCRC16.getSlot(channel);
      if (channels[slot] == null) {
        channels[slot] = channel;
        named++;
      }
    }
    return channels;
  }
}
