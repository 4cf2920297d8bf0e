package chat.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.ErrorCode;
import chat.server.error.ChatException;
import chat.server.store.Storage;
import chat.server.store.embedded.EmbeddedStorage;
import chat.server.support.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Second-step tokens that expire, on a clock the test moves, over a real embedded store. */
class SecondFactorChallengesTest {

  @TempDir Path dataDir;
  private final MovableClock clock = new MovableClock();
  private Storage storage;
  private SecondFactorChallenges challenges;

  @BeforeEach
  void open() {
    storage = EmbeddedStorage.open(dataDir);
    challenges = new SecondFactorChallenges(storage.ports().twoFactor(), clock);
  }

  @AfterEach
  void close() {
    storage.close();
  }

  private static ErrorCode refusal(Runnable call) {
    try {
      call.run();
    } catch (ChatException e) {
      return e.code();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aTokenPastItsLifetimeIsExpiredAndStaysStored() {
    String token = challenges.issue("u_1", false);
    clock.advance(SecondFactorChallenges.LIFETIME.minusSeconds(1));
    assertThat(challenges.userOf(token, false)).isEqualTo("u_1");

    clock.advance(Duration.ofSeconds(1));

    assertThat(refusal(() -> challenges.userOf(token, false))).isEqualTo(ErrorCode.TOKEN_EXPIRED);
    assertThat(refusal(() -> challenges.userOf(token, false))).isEqualTo(ErrorCode.TOKEN_EXPIRED);
  }

  @Test
  void aTokenServesOnlyTheStepItWasIssuedFor() {
    String signIn = challenges.issue("u_1", false);
    String setup = challenges.issue("u_1", true);

    assertThat(refusal(() -> challenges.userOf(signIn, true))).isEqualTo(ErrorCode.UNAUTHORIZED);
    assertThat(refusal(() -> challenges.userOf(setup, false))).isEqualTo(ErrorCode.UNAUTHORIZED);
    assertThat(challenges.userOf(setup, true)).isEqualTo("u_1");
  }

  @Test
  void aTokenIsUsedUpOnceAndOnlyItsHashIsStored() {
    String token = challenges.issue("u_1", false);

    challenges.consume(token);

    assertThatThrownBy(() -> challenges.consume(token))
        .isInstanceOfSatisfying(
            ChatException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
    String other = challenges.issue("u_2", false);
    assertThat(storage.ports().twoFactor().challenge(other)).isEmpty();
    assertThat(storage.ports().twoFactor().challenge(OneTimeSecrets.hash(other))).isPresent();
  }
}
