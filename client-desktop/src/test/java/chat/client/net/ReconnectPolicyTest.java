package chat.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

  @Test
  void waitsDoubleFromTheBaseUntilTheCap() {
    ReconnectPolicy noJitter =
        new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), () -> 0.999999);

    assertThat(noJitter.delay(1)).isCloseTo(Duration.ofMillis(500), Duration.ofMillis(1));
    assertThat(noJitter.delay(2)).isCloseTo(Duration.ofSeconds(1), Duration.ofMillis(1));
    assertThat(noJitter.delay(3)).isCloseTo(Duration.ofSeconds(2), Duration.ofMillis(1));
    assertThat(noJitter.delay(7)).isCloseTo(Duration.ofSeconds(30), Duration.ofMillis(1));
    assertThat(noJitter.delay(1000)).isCloseTo(Duration.ofSeconds(30), Duration.ofMillis(1));
  }

  @Test
  void jitterKeepsEachWaitBetweenHalfAndAllOfItsStep() {
    ReconnectPolicy lowest =
        new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), () -> 0);

    assertThat(lowest.delay(3)).isEqualTo(Duration.ofSeconds(1));
    assertThat(lowest.delay(50)).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void theStandardPolicyNeverWaitsLongerThanThirtySeconds() {
    ReconnectPolicy standard = ReconnectPolicy.standard();

    for (int attempt = 1; attempt < 200; attempt++) {
      assertThat(standard.delay(attempt)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
    }
  }

  @Test
  void afterTheServerSaidItWasGoingAwayTheWaitsStayShortForTheirWindowThenGrowAsUsual() {
    ReconnectPolicy noJitter =
        new ReconnectPolicy(
            Duration.ofMillis(500),
            Duration.ofSeconds(30),
            Duration.ofSeconds(2),
            Duration.ofMinutes(1),
            () -> 0.999999);

    assertThat(noJitter.delayAfterRestart(12, Duration.ofSeconds(50)))
        .isCloseTo(Duration.ofSeconds(2), Duration.ofMillis(1));
    assertThat(noJitter.delayAfterRestart(12, Duration.ofSeconds(61)))
        .isEqualTo(noJitter.delay(12))
        .isCloseTo(Duration.ofSeconds(30), Duration.ofMillis(1));
  }

  @Test
  void afterARestartTheFirstWaitsAreAsShortAsUsualAndNoneIsLongerThanTwoSeconds() {
    ReconnectPolicy standard = ReconnectPolicy.standard();

    assertThat(standard.delayAfterRestart(1, Duration.ZERO))
        .isLessThanOrEqualTo(Duration.ofMillis(500));
    for (int attempt = 1; attempt < 30; attempt++) {
      assertThat(standard.delayAfterRestart(attempt, Duration.ofSeconds(attempt)))
          .isPositive()
          .isLessThanOrEqualTo(Duration.ofSeconds(2));
    }
  }
}
