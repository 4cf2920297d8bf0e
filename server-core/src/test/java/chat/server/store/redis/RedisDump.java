package chat.server.store.redis;

import chat.server.support.RedisServerExtension;
import java.util.Set;
import redis.clients.jedis.commands.JedisCommands;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.Tuple;

/** Every key of a Redis and every value it holds, read by type, as text. */
final class RedisDump {

  private RedisDump() {}

  static String everything(RedisServerExtension redis) {
    Set<String> keys = redis.keys();
    return redis.call(jedis -> everything(jedis, keys));
  }

  private static String everything(JedisCommands jedis, Set<String> keys) {
    StringBuilder all = new StringBuilder();
    for (String key : keys) {
      all.append(key).append('\n');
      switch (jedis.type(key)) {
        case "string" -> all.append(jedis.get(key));
        case "hash" -> all.append(jedis.hgetAll(key));
        case "set" -> all.append(jedis.smembers(key));
        case "list" -> all.append(jedis.lrange(key, 0, -1));
        case "zset" ->
            jedis.zrangeWithScores(key, 0, -1).stream().map(Tuple::getElement).forEach(all::append);
        case "stream" ->
            jedis.xrange(key, "-", "+").stream().map(StreamEntry::getFields).forEach(all::append);
        default -> throw new IllegalStateException("a key of an unexpected type: " + key);
      }
      all.append('\n');
    }
    return all.toString();
  }
}
