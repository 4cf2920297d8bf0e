package chat.client.net;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before reconnect attempt {@code n}: exponential backoff from {@code base},
 * capped at {@code cap}, with jitter (a random point between half and all of the step) so that the
 * clients one server restart dropped do not all come back in the same instant, while the wait still
 * grows.
 */
public final class ReconnectPolicy {

  private final Duration base;
  private final Duration cap;
  private final DoubleSupplier random;

  /**
   * @param random values in {@code [0, 1)}; {@code Math::random} in the app, fixed in tests
   */
  public ReconnectPolicy(Duration base, Duration cap, DoubleSupplier random) {
    this.base = base;
    this.cap = cap;
    this.random = random;
  }

  /** The app's policy: 0.5 s, 1 s, 2 s … capped at 30 s, jittered. */
  public static ReconnectPolicy standard() {
    return new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), Math::random);
  }

  /** The wait before attempt {@code attempt} (1 for the first retry after a drop). */
  public Duration delay(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    long step = Math.min(cap.toMillis(), base.toMillis() << Math.min(doublings, 20));
    long jittered = step / 2 + (long) (random.getAsDouble() * (step - step / 2));
    return Duration.ofMillis(Math.min(jittered, cap.toMillis()));
  }
}
