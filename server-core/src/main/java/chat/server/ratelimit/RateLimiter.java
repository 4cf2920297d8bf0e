package chat.server.ratelimit;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key: {@code burst} requests at once, refilled at {@code perSecond}. The caller
 * passes the time a request arrived, so a request is counted when it reached the server, not when a
 * worker got to it. Idle buckets are dropped once the map grows large, so memory stays bounded by
 * the keys active in the last refill period.
 */
public final class RateLimiter {

  private static final int SWEEP_THRESHOLD = 10_000;

  private final double burst;
  private final double permitsPerMilli;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(int burst, double perSecond) {
    if (burst < 1 || !(perSecond > 0)) {
      throw new IllegalArgumentException("burst must be >= 1 and rate > 0");
    }
    this.burst = burst;
    this.permitsPerMilli = perSecond / 1000.0;
  }

  /**
   * Takes one permit for {@code key} at {@code nowMillis}.
   *
   * @return 0 when allowed; otherwise how many milliseconds until a permit is free (at least 1)
   */
  public long tryAcquire(String key, long nowMillis) {
    return tryAcquire(key, nowMillis, 1);
  }

  /**
   * Takes {@code permits} for {@code key} at {@code nowMillis}, all or none: one request that does
   * several things at once (adds several people) counts each.
   *
   * @param permits 1 to {@link #burst()}
   * @return 0 when allowed; otherwise how many milliseconds until that many permits are free
   */
  public long tryAcquire(String key, long nowMillis, int permits) {
    if (permits < 1 || permits > burst) {
      throw new IllegalArgumentException("permits must be 1.." + (int) burst + ": " + permits);
    }
    if (buckets.size() > SWEEP_THRESHOLD) {
      buckets.values().removeIf(bucket -> bucket.isFull(nowMillis));
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(burst, nowMillis)).take(nowMillis, permits);
  }

  /**
   * Returns permits taken for a request that was then refused for another reason, so a refusal
   * costs nothing.
   */
  public void giveBack(String key, int permits) {
    Bucket bucket = buckets.get(key);
    if (bucket != null) {
      bucket.giveBack(permits);
    }
  }

  /** The most permits one key may hold: what a full bucket allows at once. */
  public int burst() {
    return (int) burst;
  }

  private final class Bucket {
    private double tokens;
    private long refilledAt;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.refilledAt = now;
    }

    synchronized long take(long now, int permits) {
      refill(now);
      if (tokens >= permits) {
        tokens -= permits;
        return 0;
      }
      // The epsilon keeps float error (0.99 tokens at 0.01/ms is 1.0000000000000009 ms) from
      // rounding a wait up by a whole millisecond.
      return Math.max(1, (long) Math.ceil((permits - tokens) / permitsPerMilli - 1e-9));
    }

    synchronized void giveBack(int permits) {
      tokens = Math.min(burst, tokens + permits);
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= burst;
    }

    /**
     * Arrival times of concurrent requests may be slightly out of order: never refill backwards.
     */
    private void refill(long now) {
      if (now > refilledAt) {
        tokens = Math.min(burst, tokens + (now - refilledAt) * permitsPerMilli);
        refilledAt = now;
      }
    }
  }
}
