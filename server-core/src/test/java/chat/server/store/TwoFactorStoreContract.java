package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link TwoFactorStore} must do. */
public abstract class TwoFactorStoreContract extends StorageContract {

  private static final List<String> HASHES = List.of("h1", "h2", "h3");

  private TwoFactorStore twoFactor() {
    return storage.ports().twoFactor();
  }

  private String enabledUser(String name, long step) {
    String userId = user(name);
    twoFactor().savePending(userId, "SECRET");
    assertThat(twoFactor().enable(userId, "SECRET", step, HASHES)).isTrue();
    return userId;
  }

  @Test
  void aPendingSecretIsReplacedUntilConfirmedAndThenSurvivesReopening() {
    String userId = user("alice");
    assertThat(twoFactor().find(userId)).isEmpty();

    assertThat(twoFactor().savePending(userId, "FIRST")).isTrue();
    assertThat(twoFactor().savePending(userId, "SECOND")).isTrue();
    assertThat(twoFactor().find(userId)).contains(new TwoFactorState("SECOND", false, -1, 0));

    assertThat(twoFactor().enable(userId, "SECOND", 41, HASHES)).isTrue();
    reopen();

    assertThat(twoFactor().find(userId)).contains(new TwoFactorState("SECOND", true, 41, 3));
  }

  @Test
  void enablingWithASecretThatIsNotThePendingOneChangesNothing() {
    String userId = user("alice");
    twoFactor().savePending(userId, "PENDING");

    assertThat(twoFactor().enable(userId, "OTHER", 5, HASHES)).isFalse();
    assertThat(twoFactor().enable(user("bob"), "PENDING", 5, HASHES)).isFalse();

    assertThat(twoFactor().find(userId)).contains(new TwoFactorState("PENDING", false, -1, 0));
  }

  @Test
  void anEnabledAccountKeepsItsSecretWhenSetUpAgainOrConfirmedTwice() {
    String userId = enabledUser("alice", 10);

    assertThat(twoFactor().savePending(userId, "NEW")).isFalse();
    assertThat(twoFactor().enable(userId, "SECRET", 11, List.of("x"))).isFalse();

    assertThat(twoFactor().find(userId)).contains(new TwoFactorState("SECRET", true, 10, 3));
  }

  @Test
  void aStepIsAcceptedOnlyWhenLaterThanTheLastOne() {
    String userId = enabledUser("alice", 10);

    assertThat(twoFactor().useStep(userId, 10)).isFalse();
    assertThat(twoFactor().useStep(userId, 9)).isFalse();
    assertThat(twoFactor().useStep(userId, 12)).isTrue();
    assertThat(twoFactor().useStep(userId, 11)).isFalse();

    assertThat(twoFactor().find(userId).orElseThrow().lastStep()).isEqualTo(12);
  }

  @Test
  void aPendingSecretAcceptsNoStep() {
    String userId = user("alice");
    twoFactor().savePending(userId, "PENDING");

    assertThat(twoFactor().useStep(userId, 3)).isFalse();
    assertThat(twoFactor().find(userId).orElseThrow().lastStep()).isEqualTo(-1);
  }

  @Test
  void aRecoveryCodeWorksOnceAndOnlyForItsAccount() {
    String alice = enabledUser("alice", 1);
    String bob = enabledUser("bob", 1);

    assertThat(twoFactor().useRecoveryCode(alice, "h2")).isTrue();
    assertThat(twoFactor().useRecoveryCode(alice, "h2")).isFalse();
    assertThat(twoFactor().useRecoveryCode(alice, "unknown")).isFalse();

    assertThat(twoFactor().find(alice).orElseThrow().recoveryCodesLeft()).isEqualTo(2);
    assertThat(twoFactor().find(bob).orElseThrow().recoveryCodesLeft()).isEqualTo(3);
  }

  @Test
  void disablingRemovesTheSecretAndTheRecoveryCodes() {
    String userId = enabledUser("alice", 1);

    assertThat(twoFactor().disable(userId)).isTrue();
    assertThat(twoFactor().disable(userId)).isFalse();

    assertThat(twoFactor().find(userId)).isEmpty();
    assertThat(twoFactor().useRecoveryCode(userId, "h1")).isFalse();
  }

  @Test
  void aChallengeIsConsumedOnceAndSurvivesReopeningUntilThen() {
    // Redis lets the key expire a day after the token, by the real clock.
    long expiresAt = System.currentTimeMillis() + 60_000;
    SecondFactorChallenge challenge = new SecondFactorChallenge("u1", true, expiresAt);
    twoFactor().putChallenge("hash-a", challenge);
    reopen();

    assertThat(twoFactor().challenge("hash-a")).contains(challenge);
    assertThat(twoFactor().challenge("hash-b")).isEmpty();
    assertThat(twoFactor().consumeChallenge("hash-a")).isTrue();
    assertThat(twoFactor().consumeChallenge("hash-a")).isFalse();
    assertThat(twoFactor().challenge("hash-a")).isEmpty();
  }

  @Test
  void droppingTheChallengesOfAUserRemovesEveryOneOfThemAndNoOtherUsers() {
    long expiresAt = System.currentTimeMillis() + 60_000;
    SecondFactorChallenge otherUsers = new SecondFactorChallenge("u2", false, expiresAt);
    twoFactor().putChallenge("hash-a", new SecondFactorChallenge("u1", false, expiresAt));
    twoFactor().putChallenge("hash-b", new SecondFactorChallenge("u1", true, expiresAt));
    twoFactor().putChallenge("hash-c", otherUsers);

    twoFactor().dropChallengesOf("u1");
    twoFactor().dropChallengesOf("u3");

    assertThat(twoFactor().challenge("hash-a")).isEmpty();
    assertThat(twoFactor().challenge("hash-b")).isEmpty();
    assertThat(twoFactor().challenge("hash-c")).contains(otherUsers);
  }

  @Test
  void theRequirementIsUnsetUntilStoredAndSurvivesReopening() {
    assertThat(twoFactor().required()).isEmpty();

    twoFactor().setRequired(true);
    reopen();
    assertThat(twoFactor().required()).contains(true);

    twoFactor().setRequired(false);
    assertThat(twoFactor().required()).contains(false);
  }
}
