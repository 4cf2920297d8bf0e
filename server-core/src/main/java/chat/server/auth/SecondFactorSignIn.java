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
   * @throws ChatException {@code SECOND_FACTOR_REQUIRED} or {@code SECOND_FACTOR_SETUP_REQUIRED},
   *     each with a new token
   */
  void requireNoSecondStep(String userId) {
    if (enabledState(userId).isPresent()) {
      throw ChatException.secondStep(
          ErrorCode.SECOND_FACTOR_REQUIRED,
          "enter a code from your authenticator app or a recovery code",
          parts.challenges().issue(userId, false));
    }
    if (parts.requirement().required()) {
      throw ChatException.secondStep(
          ErrorCode.SECOND_FACTOR_SETUP_REQUIRED,
          "this server requires two-factor sign-in: set it up to sign in",
          parts.challenges().issue(userId, true));
    }
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
