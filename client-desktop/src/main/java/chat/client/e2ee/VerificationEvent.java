package chat.client.e2ee;

import chat.client.crypto.ShortCode;

/**
 * What happened to a short-code verification with {@link #userId()}, for the app to show. Each
 * transaction ends with exactly one {@link Verified} or {@link Cancelled}.
 */
public sealed interface VerificationEvent {

  /** The transaction, as {@link Verifications} names it. */
  String tx();

  /** The other person. */
  String userId();

  /** {@code userId}'s device {@code deviceId} asks to verify: accept or cancel it. */
  record Requested(String tx, String userId, String deviceId) implements VerificationEvent {}

  /** Both sides hold the code now: the two people compare it, then confirm or deny. */
  record CodeReady(String tx, String userId, ShortCode code) implements VerificationEvent {}

  /** Both MACs checked: {@code userId}'s identity key is marked verified on this device. */
  record Verified(String tx, String userId) implements VerificationEvent {}

  /**
   * Ended without marking anything.
   *
   * @param byThem whether the other side cancelled, rather than this one
   */
  record Cancelled(String tx, String userId, CancelReason reason, boolean byThem)
      implements VerificationEvent {}
}
