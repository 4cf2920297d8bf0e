package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.ErrorCode;
import chat.server.error.ChatException;
import org.junit.jupiter.api.Test;

class OneAtATimeTest {

  private final OneAtATime turns = new OneAtATime(5_000);

  @Test
  void aSecondTurnOfTheSameKeyWhileTheFirstIsHeldIsRateLimited() {
    try (OneAtATime.Turn first = turns.take("u-alice")) {
      assertThatThrownBy(() -> turns.take("u-alice"))
          .isInstanceOfSatisfying(
              ChatException.class,
              refused -> {
                assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                assertThat(refused.retryAfterMs()).isEqualTo(5_000L);
              });
    }
  }

  @Test
  void otherKeysTakeTheirTurnsMeanwhileAndAGivenBackTurnCanBeTakenAgain() {
    OneAtATime.Turn alice = turns.take("u-alice");
    try (OneAtATime.Turn bob = turns.take("u-bob")) {
      assertThat(bob).isNotNull();
    }
    alice.close();

    try (OneAtATime.Turn again = turns.take("u-alice")) {
      assertThat(again).isNotNull();
    }
  }
}
