package chat.server.soak;

import chat.server.bench.ProcessCost;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The resident memory ({@code VmRSS}) of a process, sampled at a fixed interval on a thread of its
 * own, from when it is created until {@link #stop}.
 */
public final class ResidentMemory {

  /** One reading: how long after the start, and how many bytes were resident. */
  public record Sample(Duration at, long bytes) {
    long megabytes() {
      return bytes >> 20;
    }
  }

  private final List<Sample> samples = new ArrayList<>();
  private final Thread sampler;

  private ResidentMemory(long pid, Duration interval) {
    long start = System.nanoTime();
    sampler =
        Thread.ofVirtual()
            .name("rss-sampler")
            .start(
                () -> {
                  try {
                    while (true) {
                      Sample sample =
                          new Sample(
                              Duration.ofNanos(System.nanoTime() - start),
                              ProcessCost.of(pid).rssBytes());
                      synchronized (samples) {
                        samples.add(sample);
                      }
                      Thread.sleep(interval);
                    }
                  } catch (InterruptedException stopped) {
                    // stop() asked
                  } catch (RuntimeException processGone) {
                    // the process ended: the samples so far are all there is
                  }
                });
  }

  /** Starts sampling {@code pid} every {@code interval}. */
  public static ResidentMemory watch(long pid, Duration interval) {
    return new ResidentMemory(pid, interval);
  }

  public void stop() throws InterruptedException {
    sampler.interrupt();
    sampler.join();
  }

  public List<Sample> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  /**
   * How much the resident size grew from the first sample taken at or after {@code warmUp} to the
   * last one; 0 with fewer than two such samples.
   */
  public long growthAfter(Duration warmUp) {
    List<Sample> settled = samples().stream().filter(s -> s.at().compareTo(warmUp) >= 0).toList();
    return settled.size() < 2 ? 0 : settled.getLast().bytes() - settled.getFirst().bytes();
  }

  /** The samples as {@code seconds:MB}, for the summary line. */
  @Override
  public String toString() {
    return samples().stream()
        .map(s -> s.at().toSeconds() + "s:" + s.megabytes())
        .toList()
        .toString();
  }
}
