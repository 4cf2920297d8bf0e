package chat.server.auth;

import chat.protocol.ErrorCode;
import chat.protocol.http.SecondFactorLogin;
import chat.server.error.ChatException;
import chat.server.store.TwoFactorState;
import java.util.Optional;

/**
 * The second step of a login. A right password of an account with two-factor sign-in gets no
 * session but {@code SECOND_FACTOR_REQUIRED} with a token; the token and a code then get the
 * session. On a server that requires two-factor sign-in, an account without it gets {@code
 * SECOND_FACTOR_SETUP_REQUIRED} with a token that allows only its setup ({@link TwoFactorService}).
 *
 * <p>Each code typed is a guess and is limited like a login: per address, per (username, address)
 * and per account whatever the address; a refusal comes before the code is looked at. The token
 * (160 random bits) is checked first, so only someone past the password spends these permits.
 */
public final class SecondFactorSignIn {

  private final TwoFactorParts parts;

  SecondFactorSignIn(TwoFactorParts parts) {
    this.parts = parts;
  }

  /**
   * Called once a login's password was right.
   *
   * @param passwordHash the stored hash the password was checked against
   * @throws ChatException {@code SECOND_FACTOR_REQUIRED} or {@code SECOND_FACTOR_SETUP_REQUIRED},
   *     each with a new token; {@code INVALID_CREDENTIALS} when the password changed meanwhile
   */
  void requireNoSecondStep(String userId, String passwordHash) {
    if (enabledState(userId).isPresent()) {
      throw ChatException.secondStep(
          ErrorCode.SECOND_FACTOR_REQUIRED,
          "enter a code from your authenticator app or a recovery code",
          issue(userId, passwordHash, false));
    }
    if (parts.requirement().required()) {
      throw ChatException.secondStep(
          ErrorCode.SECOND_FACTOR_SETUP_REQUIRED,
          "this server requires two-factor sign-in: set it up to sign in",
          issue(userId, passwordHash, true));
    }
  }

  /**
   * A token for a login whose password matched {@code passwordHash}, given only if that is still
   * the stored hash once the token is stored. A password change voids the user's tokens after
   * storing its new hash ({@link #forgetPendingOf}); a token stored after that void began would
   * outlive it, and this check, made after storing, sees the new hash in exactly that case.
   */
  private String issue(String userId, String passwordHash, boolean setupOnly) {
    String token = parts.challenges().issue(userId, setupOnly);
    boolean unchanged =
        parts
            .users()
            .findById(userId)
            .filter(user -> user.passwordHash().equals(passwordHash))
            .isPresent();
    if (!unchanged) {
      parts.challenges().withdraw(token);
      throw new ChatException(
          ErrorCode.INVALID_CREDENTIALS, "the password changed while signing in");
    }
    return token;
  }

  /**
   * Checks the second step and uses its token up; the caller then opens the session.
   *
   * @return the userId whose login it completes
   * @throws ChatException {@code RATE_LIMITED}; {@code UNAUTHORIZED} or {@code TOKEN_EXPIRED} for
   *     the token; {@code INVALID_SECOND_FACTOR} for the code, the token staying usable
   */
  public String complete(SecondFactorLogin step, String address) {
    long now = parts.clock().millis();
    String userId = parts.challenges().userOf(step.token(), false);
    String username =
        parts
            .users()
            .findById(userId)
            .orElseThrow(() -> ChatException.unauthorized("unknown user"))
            .username();
    parts.guard().requireLoginPermits(username, address, now);
    LoginGuard.requirePermit(parts.guard().secondFactorsPerAccount(), userId, now);
    TwoFactorState state =
        enabledState(userId)
            .orElseThrow(
                () ->
                    new ChatException(
                        ErrorCode.INVALID_SECOND_FACTOR, "two-factor sign-in was turned off"));
    parts.codes().use(state, userId, step.code());
    parts.challenges().consume(step.token());
    return userId;
  }

  /**
   * Voids every token of the user, of either kind: called when the password changes, so that a
   * token issued for the old password finishes no login (it is then unknown, {@code UNAUTHORIZED}).
   */
  void forgetPendingOf(String userId) {
    parts.store().dropChallengesOf(userId);
  }

  private Optional<TwoFactorState> enabledState(String userId) {
    return parts.store().find(userId).filter(TwoFactorState::enabled);
  }
}
