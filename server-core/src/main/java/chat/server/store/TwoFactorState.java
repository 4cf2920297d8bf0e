package chat.server.store;

/**
 * One account's two-factor sign-in as stored.
 *
 * @param secret the TOTP secret, base32
 * @param enabled false while the secret waits for its first code
 * @param lastStep the last TOTP time-step a code was accepted for; -1 before any
 * @param recoveryCodesLeft how many unused recovery codes remain
 */
public record TwoFactorState(String secret, boolean enabled, long lastStep, int recoveryCodesLeft) {

  /** Keeps the secret out of logs. */
  @Override
  public String toString() {
    return "TwoFactorState[enabled="
        + enabled
        + ", lastStep="
        + lastStep
        + ", recoveryCodesLeft="
        + recoveryCodesLeft
        + "]";
  }
}
