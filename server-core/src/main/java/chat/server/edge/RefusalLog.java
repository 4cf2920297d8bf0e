package chat.server.edge;

import chat.server.metrics.ServerMetrics;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts every refusal in {@code /metrics} and logs at most one line a minute for each kind of
 * refused request and reason, with how many it stood for. A client can make the server refuse
 * thousands of frames a second; a line for each would be a log flood on demand. Store failures go
 * through the same windows at {@code WARN}: a full disk fails every request at once, and a line for
 * each would fill what is left of it.
 *
 * <p>A window's count is told in the next line of its kind, or by {@link #logClosedWindows} once
 * the window has closed: a burst that ends within its first minute (a thousand sockets
 * authenticating at once on an exhausted Redis pool) would otherwise leave its first line and never
 * say how many it stood for.
 */
public final class RefusalLog {

  static final long WINDOW_MILLIS = 60_000;

  /** Kinds are frame types and routes, a small set; the cap only guards against a mistake. */
  private static final int MAX_KINDS = 1_000;

  private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

  private final ServerMetrics metrics;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public RefusalLog(ServerMetrics metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * @param what the kind of thing refused, e.g. {@code socket MessageSend} or {@code POST
   *     /api/auth/login}; never the request's content
   * @param reason an error code or a close code's name
   * @param detail what the caller was told, for the log line
   */
  public void refused(String what, String reason, String detail) {
    metrics.refused(reason);
    long alsoRefused = countInWindow(what + " refused " + reason, false);
    if (alsoRefused >= 0) {
      log.info("{} refused: {} {}{}", what, reason, detail, more(alsoRefused));
    }
  }

  /**
   * @param what as for {@link #refused}
   * @param failure what the store said, down to its cause
   */
  public void storeFailed(String what, String reason, String failure) {
    metrics.storeFailed(reason);
    long alsoFailed = countInWindow(what + " failed " + reason, true);
    if (alsoFailed >= 0) {
      log.warn("{} failed: {}: {}{}", what, reason, failure, more(alsoFailed));
    }
  }

  /**
   * Logs how many each window that has closed counted without a line of their own, and starts each
   * such kind afresh: its next one is logged at once. Call every few seconds.
   */
  public void logClosedWindows() {
    logCounts(clock.millis());
  }

  /** Logs how many every window counted without a line of their own: the server is stopping. */
  public void logAllWindows() {
    logCounts(Long.MAX_VALUE);
  }

  /** Logs the counts of the windows closed at {@code now}, and starts their kinds afresh. */
  private void logCounts(long now) {
    windows.forEach(
        (kind, window) -> {
          long unlogged = window.closeIfOver(now);
          if (unlogged <= 0) {
            return;
          }
          if (window.storeFailure) {
            log.warn("{}: {} more like it since its last line", kind, unlogged);
          } else {
            log.info("{}: {} more like it since its last line", kind, unlogged);
          }
        });
  }

  /**
   * @param storeFailure whether the kind is a store failure, logged at {@code WARN}
   * @return how many went unlogged before this one, or -1 when this one is not to be logged
   */
  private long countInWindow(String kind, boolean storeFailure) {
    if (windows.size() >= MAX_KINDS) {
      windows.clear();
    }
    return windows.computeIfAbsent(kind, key -> new Window(storeFailure)).count(clock.millis());
  }

  private static String more(long unlogged) {
    return unlogged == 0 ? "" : " (and " + unlogged + " more like it in the last minute)";
  }

  /** The refusals of one kind and reason since its last log line. */
  private static final class Window {
    final boolean storeFailure;
    private long openedAt = Long.MIN_VALUE;
    private long suppressed;

    Window(boolean storeFailure) {
      this.storeFailure = storeFailure;
    }

    /**
     * @return how many refusals went unlogged in the window that just closed, when this one is to
     *     be logged; -1 when it falls inside the open window and is only counted
     */
    synchronized long count(long now) {
      if (openedAt != Long.MIN_VALUE && now - openedAt < WINDOW_MILLIS) {
        suppressed++;
        return -1;
      }
      long unlogged = suppressed;
      openedAt = now;
      suppressed = 0;
      return unlogged;
    }

    /**
     * @return how many went unlogged in this window, when it has closed with some; then the next
     *     one opens a new window. 0 otherwise.
     */
    synchronized long closeIfOver(long now) {
      if (suppressed == 0 || now - WINDOW_MILLIS < openedAt) {
        return 0;
      }
      long unlogged = suppressed;
      openedAt = Long.MIN_VALUE;
      suppressed = 0;
      return unlogged;
    }
  }
}
