package chat.client.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionRotationTest {

  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
  private static final DeviceAddress ALICE = new DeviceAddress("u-alice", "desk");

  private final OutboundRoomSession session =
      OutboundRoomSession.start("r-1", ALICE, FixedKeys.ED_2, START);

  @Test
  void aFreshSessionIsNotDue() {
    assertThat(rotationAt(START.plus(Duration.ofDays(7)).minusMillis(1)).isDue(session)).isFalse();
  }

  @Test
  void aSessionIsDueAfterSevenDays() {
    assertThat(rotationAt(START.plus(Duration.ofDays(7))).isDue(session)).isTrue();
  }

  @Test
  void aSessionIsDueAfterAHundredMessages() {
    SessionRotation rotation = rotationAt(START);
    for (int i = 0; i < 99; i++) {
      session.encrypt(new byte[] {1});
    }
    assertThat(rotation.isDue(session)).isFalse();

    session.encrypt(new byte[] {1});
    assertThat(rotation.isDue(session)).isTrue();
  }

  @Test
  void aSessionIsDueOnceMembersOrDevicesChanged() {
    session.retire();

    assertThat(rotationAt(START).isDue(session)).isTrue();
  }

  private static SessionRotation rotationAt(Instant now) {
    return new SessionRotation(Clock.fixed(now, ZoneOffset.UTC));
  }
}
