package chat.server.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The timings of one kind of transfer, repeated, of files of one size: the median time and the
 * MiB/s it makes, and how many times as long as another kind it takes. Pure arithmetic, so the
 * files scenario's summary can be tested without a disk or a server.
 *
 * @param name what was timed, such as {@code upload} or {@code cp}
 * @param bytes the size of each file transferred
 * @param nanos each run's wall-clock time
 */
record Throughput(String name, long bytes, List<Long> nanos) {

  private static final double MIB = 1 << 20;

  Throughput {
    if (nanos.isEmpty()) {
      throw new IllegalArgumentException(name + " has no runs");
    }
    nanos = List.copyOf(nanos);
  }

  /** The median run by nearest rank: the middle one of an odd count, the lower middle otherwise. */
  long medianNanos() {
    return nanos.stream().sorted().toList().get((nanos.size() - 1) / 2);
  }

  long fastestNanos() {
    return nanos.stream().min(Long::compare).orElseThrow();
  }

  long slowestNanos() {
    return nanos.stream().max(Long::compare).orElseThrow();
  }

  /** MiB per second at the median time. */
  double mibPerSecond() {
    return bytes / MIB / (medianNanos() / 1e9);
  }

  /**
   * How many times as long as {@code baseline}'s median this one's median is (2.0: half as fast).
   */
  double timesAsLongAs(Throughput baseline) {
    return (double) medianNanos() / baseline.medianNanos();
  }

  /** One line of the printed table. */
  String line() {
    return String.format(
        "%-22s %2d runs  p50 %8.1f ms  (%8.1f .. %8.1f)  %8.1f MiB/s",
        name,
        nanos.size(),
        medianNanos() / 1e6,
        fastestNanos() / 1e6,
        slowestNanos() / 1e6,
        mibPerSecond());
  }

  /** Writes the figures into a report step (MiB/s only for a kind that moved bytes). */
  void writeTo(ObjectNode step) {
    step.put("step", name);
    step.put("bytes", bytes);
    step.put("runs", nanos.size());
    step.put("p50Ms", Report.round(medianNanos() / 1e6, 1));
    step.put("minMs", Report.round(fastestNanos() / 1e6, 1));
    step.put("maxMs", Report.round(slowestNanos() / 1e6, 1));
    if (bytes > 0) {
      step.put("mibPerSecond", Report.round(mibPerSecond(), 1));
    }
  }
}
