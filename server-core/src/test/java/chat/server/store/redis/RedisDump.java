package chat.server.store.redis;

import chat.server.support.RedisServerExtension;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.Tuple;

/** Every key of a Redis and every value it holds, read by type, as text. */
final class RedisDump {

  private RedisDump() {}

  static String everything(RedisServerExtension redis) {
    return redis.call(RedisDump::everything);
  }

  private static String everything(Jedis jedis) {
    StringBuilder all = new StringBuilder();
    for (String key : keys(jedis)) {
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

  private static List<String> keys(Jedis jedis) {
    List<String> keys = new ArrayList<>();
    String cursor = ScanParams.SCAN_POINTER_START;
    do {
      ScanResult<String> page = jedis.scan(cursor, new ScanParams().count(1000));
      keys.addAll(page.getResult());
      cursor = page.getCursor();
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    return keys;
  }
}
