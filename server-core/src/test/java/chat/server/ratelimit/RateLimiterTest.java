package chat.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void aBurstPassesThenTheRateHolds() {
    RateLimiter limiter = new RateLimiter(30, 10);
    long t = 1_000_000;

    for (int i = 0; i < 30; i++) {
      assertThat(limiter.tryAcquire("u", t)).isZero();
    }
    assertThat(limiter.tryAcquire("u", t)).isEqualTo(100);
    assertThat(limiter.tryAcquire("u", t + 99)).isEqualTo(1);
    assertThat(limiter.tryAcquire("u", t + 100)).isZero();
    assertThat(limiter.tryAcquire("u", t + 100)).isPositive();
  }

  @Test
  void keysAreIndependent() {
    RateLimiter limiter = new RateLimiter(1, 1);

    assertThat(limiter.tryAcquire("a", 0)).isZero();
    assertThat(limiter.tryAcquire("a", 0)).isPositive();
    assertThat(limiter.tryAcquire("b", 0)).isZero();
  }

  @Test
  void tenPerMinuteRefillsOneEverySixSeconds() {
    RateLimiter limiter = new RateLimiter(10, 10 / 60.0);
    for (int i = 0; i < 10; i++) {
      limiter.tryAcquire("login", 0);
    }

    assertThat(limiter.tryAcquire("login", 0)).isEqualTo(6000);
    assertThat(limiter.tryAcquire("login", 6000)).isZero();
  }

  @Test
  void anEarlierArrivalTimeNeverRefillsBackwards() {
    RateLimiter limiter = new RateLimiter(1, 1);
    assertThat(limiter.tryAcquire("k", 5000)).isZero();

    assertThat(limiter.tryAcquire("k", 4000)).isPositive();
    assertThat(limiter.tryAcquire("k", 5999)).isPositive();
    assertThat(limiter.tryAcquire("k", 6000)).isZero();
  }

  @Test
  void permitsGivenBackCanBeTakenAgainButNeverBeyondTheBurst() {
    RateLimiter limiter = new RateLimiter(2, 0.001);
    assertThat(limiter.tryAcquire("k", 0, 2)).isZero();
    assertThat(limiter.tryAcquire("k", 0)).isPositive();

    limiter.giveBack("k", 1);
    assertThat(limiter.tryAcquire("k", 0)).isZero();
    limiter.giveBack("k", 5);
    assertThat(limiter.tryAcquire("k", 0, 2)).isZero();
    assertThat(limiter.tryAcquire("k", 0)).isPositive();
  }

  @Test
  void severalPermitsAreTakenAllOrNone() {
    RateLimiter limiter = new RateLimiter(10, 1);

    assertThat(limiter.tryAcquire("k", 0, 8)).isZero();
    assertThat(limiter.tryAcquire("k", 0, 3)).isEqualTo(1000);
    assertThat(limiter.tryAcquire("k", 0, 2)).isZero();
    assertThat(limiter.tryAcquire("k", 0, 1)).isEqualTo(1000);
  }

  @Test
  void moreThanABurstOfPermitsIsABug() {
    RateLimiter limiter = new RateLimiter(10, 1);

    assertThatThrownBy(() -> limiter.tryAcquire("k", 0, 11))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(limiter.burst()).isEqualTo(10);
  }
}
