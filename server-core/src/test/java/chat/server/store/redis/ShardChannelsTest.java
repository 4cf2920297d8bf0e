package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.util.JedisClusterCRC16;

/** The shard channels' names are a format every node of a deployment shares. */
class ShardChannelsTest {

  @Test
  void everySlotHasAChannelOfItsOwnThatLiesInThatSlot() {
    Set<String> channels = new HashSet<>();
    for (int slot = 0; slot < RedisNodes.SLOTS; slot++) {
      String channel = ShardChannels.ofSlot(slot);
      assertThat(JedisClusterCRC16.getSlot(channel)).as(channel).isEqualTo(slot);
      channels.add(channel);
    }
    assertThat(channels).hasSize(RedisNodes.SLOTS);
  }

  @Test
  void aRoomsChannelLiesInTheSlotOfTheRoomsKeys() {
    for (String roomId : new String[] {"r1", "r2", "0192f3a4-7b1c-7d2e-9f00-123456789abc"}) {
      assertThat(JedisClusterCRC16.getSlot(ShardChannels.ofRoom(roomId)))
          .isEqualTo(JedisClusterCRC16.getSlot(RedisKeys.roomLog(roomId)))
          .isEqualTo(JedisClusterCRC16.getSlot(RedisKeys.roomMembers(roomId)));
    }
  }

  @Test
  void channelsAreNamedByTheFirstNumberThatHashesToTheirSlot() {
    assertThat(ShardChannels.ofSlot(JedisClusterCRC16.getSlot("chat:{events:0}")))
        .isEqualTo("chat:{events:0}");
    assertThat(ShardChannels.ofRoom("r1")).isEqualTo("chat:{events:14879}");
  }
}
