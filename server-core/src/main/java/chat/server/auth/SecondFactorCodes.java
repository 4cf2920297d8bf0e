package chat.server.auth;

import chat.protocol.ErrorCode;
import chat.server.error.ChatException;
import chat.server.store.TwoFactorState;
import chat.server.store.TwoFactorStore;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Checks what a user typed as their second factor: a TOTP code of the current step or one step
 * either side, or one of their recovery codes. A TOTP code counts only when its step is later than
 * the last one accepted for the account, which the store records in the same conditional write, so
 * a code seen over someone's shoulder cannot be used again, on any node; a recovery code is removed
 * as it is used.
 */
final class SecondFactorCodes {

  private static final Pattern TOTP_CODE = Pattern.compile("\\d{6}");

  private final TwoFactorStore store;
  private final Clock clock;

  SecondFactorCodes(TwoFactorStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Accepts and uses up a code of an account with two-factor sign-in on.
   *
   * @throws ChatException {@code INVALID_SECOND_FACTOR} for a code wrong, out of its window,
   *     already used, or a recovery code unknown or used, each having changed nothing
   */
  void use(TwoFactorState state, String userId, String typed) {
    String code = typed.strip();
    if (TOTP_CODE.matcher(code).matches()) {
      long step = currentStep(state.secret(), code);
      if (!store.useStep(userId, step)) {
        throw invalid("this code was already used: wait for the next one");
      }
      return;
    }
    if (!RecoveryCodes.looksLikeOne(code)
        || !store.useRecoveryCode(userId, RecoveryCodes.hash(code))) {
      throw invalid("wrong or already used recovery code");
    }
  }

  /**
   * The step of {@code code} if it is a current code of {@code secret}; nothing is recorded.
   *
   * @throws ChatException {@code INVALID_SECOND_FACTOR} when it is not
   */
  long currentStep(String secret, String code) {
    OptionalLong step =
        Totp.STANDARD.matchingStep(Base32.decode(secret), code.strip(), clock.millis());
    if (step.isEmpty()) {
      throw invalid("wrong or expired code");
    }
    return step.getAsLong();
  }

  private static ChatException invalid(String message) {
    return new ChatException(ErrorCode.INVALID_SECOND_FACTOR, message);
  }
}
