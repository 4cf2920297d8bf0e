package chat.client.e2ee;

/**
 * Why a short-code verification ended without marking anyone verified, as {@code verify.cancel}
 * names it on the wire ({@link #code()}).
 */
public enum CancelReason {
  /** One of the two people cancelled or declined. */
  CANCELLED("user"),
  /** A person said the two codes differ. */
  CODES_DIFFER("code_mismatch"),
  /** The starter's key was not the one it committed to: someone in the middle, or a broken app. */
  BROKEN_COMMITMENT("commitment"),
  /** The other side's MAC did not check: its identity key is not the one this device trusts. */
  BAD_MAC("mac"),
  /** Not finished within ten minutes. */
  TIMED_OUT("timeout"),
  /** Another device of the person accepted the request first. */
  ACCEPTED_ELSEWHERE("accepted_elsewhere"),
  /** A verification between the two people was already under way. */
  BUSY("busy"),
  /** A step came that does not fit where the verification stood, or was malformed. */
  UNEXPECTED("unexpected");

  private final String code;

  CancelReason(String code) {
    this.code = code;
  }

  /** The reason's name in {@code verify.cancel}. */
  public String code() {
    return code;
  }

  /** The reason named {@code code}; {@link #UNEXPECTED} for a name this version does not know. */
  static CancelReason of(String code) {
    for (CancelReason reason : values()) {
      if (reason.code.equals(code)) {
        return reason;
      }
    }
    return UNEXPECTED;
  }
}
