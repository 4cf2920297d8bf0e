package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.RedisServerExtension;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisBloomFilterTest {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  private static final String KEY = "test:bloom";

  @Test
  void neverMissesAnAddedItem() {
    try (Redis client = Redis.connect(redis.topology(), Redis.POOL_SIZE, RedisDurability.STRICT)) {
      RedisBloomFilter filter = new RedisBloomFilter(BloomShape.of(1_000, 0.01));
      List<String> added = items("in-", 1_000);
      client.pipelined(
          "add",
          p -> {
            filter.add(p, KEY, added);
            return () -> null;
          });

      Set<String> found = client.pipelined("ask", p -> filter.mayContain(p, KEY, added));

      assertThat(found).containsExactlyInAnyOrderElementsOf(added);
    }
  }

  @Test
  void falsePositivesStayNearTheConfiguredRateAtCapacity() {
    long capacity = 10_000;
    double errorRate = 0.01;
    try (Redis client = Redis.connect(redis.topology(), Redis.POOL_SIZE, RedisDurability.STRICT)) {
      RedisBloomFilter filter = new RedisBloomFilter(BloomShape.of(capacity, errorRate));
      List<String> added = items("member-", (int) capacity);
      client.pipelined(
          "add",
          p -> {
            filter.add(p, KEY, added);
            return () -> null;
          });
      List<String> others = items("stranger-", 50_000);

      Supplier<Integer> falsePositives =
          () -> {
            int count = 0;
            for (int from = 0; from < others.size(); from += 1_000) {
              List<String> batch = others.subList(from, from + 1_000);
              count += client.pipelined("ask", p -> filter.mayContain(p, KEY, batch)).size();
            }
            return count;
          };
      double measured = falsePositives.get() / (double) others.size();

      System.out.printf(
          "Bloom filter at capacity %d, configured error rate %.4f: measured %.4f over %d absent"
              + " items%n",
          capacity, errorRate, measured, others.size());
      assertThat(measured).isBetween(errorRate / 3, errorRate * 2);
    }
  }

  private static List<String> items(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
  }
}
