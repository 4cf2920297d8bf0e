package chat.server.store.redis;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;

/**
 * A Bloom filter in a core Redis bitmap ({@code SETBIT}, {@code BITFIELD GET}): RedisBloom's {@code
 * BF.ADD} and {@code BF.MEXISTS} without the module. A "no" is certain; a "yes" is wrong at about
 * the error rate of its {@link BloomShape} while it holds at most its capacity.
 */
final class RedisBloomFilter {

  private final BloomShape shape;

  RedisBloomFilter(BloomShape shape) {
    this.shape = shape;
  }

  /** Queues the bits of {@code items} to be set in the filter at {@code key}. */
  void add(AbstractPipeline pipeline, String key, Collection<String> items) {
    for (String item : items) {
      for (long position : shape.positions(item)) {
        pipeline.setbit(key, position, true);
      }
    }
  }

  /**
   * Queues one {@code BITFIELD GET} over all bits of all {@code items}; the answer is the items
   * that may be in the filter (every one of their bits set).
   */
  Supplier<Set<String>> mayContain(AbstractPipeline pipeline, String key, List<String> items) {
    String[] arguments = new String[items.size() * shape.hashes() * 3];
    int next = 0;
    for (String item : items) {
      for (long position : shape.positions(item)) {
        arguments[next++] = "GET";
        arguments[next++] = "u1";
        arguments[next++] = Long.toString(position);
      }
    }
    Response<List<Long>> bits = pipeline.bitfieldReadonly(key, arguments);
    return () -> {
      Set<String> maybe = new HashSet<>();
      List<Long> values = bits.get();
      for (int i = 0; i < items.size(); i++) {
        if (allSet(values, i * shape.hashes(), shape.hashes())) {
          maybe.add(items.get(i));
        }
      }
      return maybe;
    };
  }

  private static boolean allSet(List<Long> bits, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (bits.get(i) != 1L) {
        return false;
      }
    }
    return true;
  }
}
