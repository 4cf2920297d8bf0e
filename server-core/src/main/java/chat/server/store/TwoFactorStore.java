package chat.server.store;

import java.util.List;
import java.util.Optional;

/**
 * Two-factor sign-in: each account's TOTP secret (pending until confirmed), the last time-step a
 * code was accepted for, the hashes of its unused recovery codes, the short-lived tokens of logins
 * waiting for their second step, and the server's setting that requires it of everyone. Every
 * change that must happen once (a time-step, a recovery code, a token) is a conditional write of
 * its own, so of two requests racing with one code exactly one succeeds, on any node.
 */
public interface TwoFactorStore {

  /** The account's two-factor state; empty when it has none, not even a pending secret. */
  Optional<TwoFactorState> find(String userId);

  /**
   * Stores {@code secret} as the account's pending secret, replacing a pending one.
   *
   * @return false, storing nothing, when the account has two-factor sign-in on
   */
  boolean savePending(String userId, String secret);

  /**
   * Turns two-factor sign-in on with the pending {@code secret}, the {@code step} of the code that
   * confirmed it as the last used, and these recovery-code hashes.
   *
   * @return false, changing nothing, unless {@code secret} is the account's pending secret
   */
  boolean enable(String userId, String secret, long step, List<String> recoveryCodeHashes);

  /** Removes everything of the account's two-factor sign-in; false when there was nothing. */
  boolean disable(String userId);

  /**
   * Records {@code step} as the account's last used time-step if it is later than the last one.
   *
   * @return false, changing nothing, when a code of this step or a later one was already accepted
   *     (or two-factor sign-in is off)
   */
  boolean useStep(String userId, long step);

  /** Removes one recovery-code hash of the account; false when it had no such (unused) code. */
  boolean useRecoveryCode(String userId, String codeHash);

  /** Stores a login's second-step token under its hash, until its expiry. */
  void putChallenge(String tokenHash, SecondFactorChallenge challenge);

  /** The challenge of a token hash, if stored (an expired one may still be answered). */
  Optional<SecondFactorChallenge> challenge(String tokenHash);

  /** Removes a challenge; true for the one caller that removed it, so a token works once. */
  boolean consumeChallenge(String tokenHash);

  /**
   * Removes every challenge of the user, of either kind: once the password changes, no token issued
   * for the old one may finish a login.
   */
  void dropChallengesOf(String userId);

  /** Whether an admin required two-factor sign-in of every account; empty until one chose. */
  Optional<Boolean> required();

  void setRequired(boolean required);
}
