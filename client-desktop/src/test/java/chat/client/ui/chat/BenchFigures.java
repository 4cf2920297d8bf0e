package chat.client.ui.chat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Prints a measurement's figures, one per line, each starting with {@code bench:}. */
final class BenchFigures {

  private BenchFigures() {}

  static void print(String what, double value, String unit) {
    System.out.printf("bench: %-46s %10.2f %s%n", what, value, unit);
  }

  /** Mean, 95th percentile and maximum of {@code millis}. */
  static void report(String what, List<Double> millis) {
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    int p95 = (int) Math.max(0, Math.ceil(sorted.size() * 0.95) - 1);
    System.out.printf(
        "bench: %-46s mean %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%d)%n",
        what, mean, sorted.get(p95), sorted.getLast(), sorted.size());
  }

  static double millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e6;
  }

  /** The heap in use once the garbage is collected, in MiB. */
  static double heapMiB() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1_048_576.0;
  }
}
