package chat.client.net;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before reconnect attempt {@code n}: exponential backoff from {@code base},
 * capped at {@code cap}, with jitter (a random point between half and all of the step) so that the
 * clients one server restart dropped do not all come back in the same instant, while the wait still
 * grows.
 *
 * <p>A server that says it is going away ({@code 1001}, a restart) is expected back within seconds,
 * and backing off exponentially from it would leave its clients away for up to twice as long as it
 * was: after such a close the waits grow only up to {@code restartStep} (jittered between half and
 * all of it) for {@code restartWindow}, then as usual.
 */
public final class ReconnectPolicy {

  private static final Duration RESTART_WINDOW = Duration.ofSeconds(30);

  private final Duration base;
  private final Duration cap;
  private final Duration restartStep;
  private final Duration restartWindow;
  private final DoubleSupplier random;

  /**
   * @param random values in {@code [0, 1)}; {@code Math::random} in the app, fixed in tests
   */
  public ReconnectPolicy(
      Duration base,
      Duration cap,
      Duration restartStep,
      Duration restartWindow,
      DoubleSupplier random) {
    this.base = base;
    this.cap = cap;
    this.restartStep = restartStep;
    this.restartWindow = restartWindow;
    this.random = random;
  }

  /** A policy whose waits after a restart are those of its first attempt, for half a minute. */
  public ReconnectPolicy(Duration base, Duration cap, DoubleSupplier random) {
    this(base, cap, base, RESTART_WINDOW, random);
  }

  /**
   * The app's policy: 0.5 s, 1 s, 2 s … capped at 30 s, jittered; at most 1–2 s for the first 30 s
   * after the server said it was going away (a restart of a small server takes a few seconds, of
   * one holding 10,000 sockets tens of seconds), then as usual.
   */
  public static ReconnectPolicy standard() {
    return new ReconnectPolicy(
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(2),
        RESTART_WINDOW,
        Math::random);
  }

  /** The wait before attempt {@code attempt} (1 for the first retry after a drop). */
  public Duration delay(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    long step = Math.min(cap.toMillis(), base.toMillis() << Math.min(doublings, 20));
    return jittered(step);
  }

  /**
   * The wait before attempt {@code attempt} when the server closed the socket saying it was going
   * away {@code sinceGoingAway} ago.
   */
  public Duration delayAfterRestart(int attempt, Duration sinceGoingAway) {
    Duration usual = delay(attempt);
    if (sinceGoingAway.compareTo(restartWindow) >= 0) {
      return usual;
    }
    Duration restart = jittered(restartStep.toMillis());
    return usual.compareTo(restart) < 0 ? usual : restart;
  }

  private Duration jittered(long step) {
    long jittered = step / 2 + (long) (random.getAsDouble() * (step - step / 2));
    return Duration.ofMillis(Math.min(jittered, cap.toMillis()));
  }
}
