package chat.server.auth;

import chat.protocol.ErrorCode;
import chat.protocol.http.SecondFactorLogin;
import chat.server.error.ChatException;
import chat.server.store.TwoFactorState;
import chat.server.store.TwoFactorStore;
import chat.server.store.UserStore;
import java.time.Clock;
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

  private final TwoFactorStore store;
  private final UserStore users;
  private final LoginGuard guard;
  private final SecondFactorChallenges challenges;
  private final SecondFactorCodes codes;
  private final TwoFactorRequirement requirement;
  private final Clock clock;

  SecondFactorSignIn(
      TwoFactorStore store,
      UserStore users,
      LoginGuard guard,
      SecondFactorChallenges challenges,
      TwoFactorRequirement requirement,
      Clock clock) {
    this.store = store;
    this.users = users;
    this.guard = guard;
    this.challenges = challenges;
    this.codes = new SecondFactorCodes(store, clock);
    this.requirement = requirement;
    this.clock = clock;
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
          challenges.issue(userId, false));
    }
    if (requirement.required()) {
      throw ChatException.secondStep(
          ErrorCode.SECOND_FACTOR_SETUP_REQUIRED,
          "this server requires two-factor sign-in: set it up to sign in",
          challenges.issue(userId, true));
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
    long now = clock.millis();
    String userId = challenges.userOf(step.token(), false);
    String username =
        users
            .findById(userId)
            .orElseThrow(() -> ChatException.unauthorized("unknown user"))
            .username();
    guard.requireLoginPermits(username, address, now);
    LoginGuard.requirePermit(guard.secondFactorsPerAccount(), userId, now);
    TwoFactorState state =
        enabledState(userId)
            .orElseThrow(
                () ->
                    new ChatException(
                        ErrorCode.INVALID_SECOND_FACTOR, "two-factor sign-in was turned off"));
    codes.use(state, userId, step.code());
    challenges.consume(step.token());
    return userId;
  }

  private Optional<TwoFactorState> enabledState(String userId) {
    return store.find(userId).filter(TwoFactorState::enabled);
  }
}
