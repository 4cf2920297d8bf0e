package chat.server.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The highest resident memory of the servers, read from {@code /proc} every few milliseconds while
 * it watches: what a transfer makes the server hold, beyond what it held before.
 */
final class PeakRss implements AutoCloseable {

  private static final long EVERY_MILLIS = 10;

  private final List<Long> pids;
  private final AtomicLong peak = new AtomicLong();
  private volatile boolean watching;
  private Thread thread;

  PeakRss(List<Long> pids) {
    this.pids = pids;
  }

  /** Starts reading, until {@link #stop}; the peak carries over from earlier watches. */
  void start() {
    watching = true;
    thread =
        Thread.ofVirtual()
            .start(
                () -> {
                  while (watching) {
                    peak.accumulateAndGet(ProcessCost.sum(pids).rssBytes(), Math::max);
                    LoadRun.sleep(EVERY_MILLIS);
                  }
                });
  }

  void stop() throws InterruptedException {
    watching = false;
    if (thread != null) {
      thread.join();
    }
    peak.accumulateAndGet(ProcessCost.sum(pids).rssBytes(), Math::max);
  }

  long peakBytes() {
    return peak.get();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
