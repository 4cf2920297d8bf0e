package chat.client.ui.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UptimeTest {

  @Test
  void saysMinutesThenHoursThenDays() {
    assertThat(Uptime.describe(Duration.ofSeconds(59))).isEqualTo("Up for less than a minute");
    assertThat(Uptime.describe(Duration.ofMinutes(42))).isEqualTo("Up for 42 min");
    assertThat(Uptime.describe(Duration.ofMinutes(125))).isEqualTo("Up for 2 h 5 min");
    assertThat(Uptime.describe(Duration.ofHours(50))).isEqualTo("Up for 2 d 2 h");
  }

  @Test
  void aClockThatWentBackwardsIsNotANegativeUptime() {
    assertThat(Uptime.describe(Duration.ofMinutes(-5))).isEqualTo("Up for less than a minute");
  }
}
