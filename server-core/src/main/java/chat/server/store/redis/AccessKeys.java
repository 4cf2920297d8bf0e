package chat.server.store.redis;

/**
 * The keys of who may get in and what admins did: the registration mode and invites, two-factor
 * sign-in, and the audit log ({@link RedisRegistrationStore}, {@link RedisTwoFactorStore}, {@link
 * RedisAuditStore}). Pinned by {@code RedisKeysTest} like the keys of {@link RedisKeys}.
 */
final class AccessKeys {

  private AccessKeys() {}

  /** String: the registration mode an admin set ({@code OPEN}, {@code INVITE}, {@code CLOSED}). */
  static String registrationMode() {
    return "chat:{settings}:registration-mode";
  }

  /** String: {@code true} or {@code false}, whether an admin required two-factor sign-in. */
  static String twoFactorRequired() {
    return "chat:{settings}:two-factor-required";
  }

  /**
   * Hash: {@code secret, enabled, lastStep}, the user's two-factor sign-in; beside {@link
   * #recoveryCodes} under the user's tag, so one script changes both.
   */
  static String twoFactor(String userId) {
    return "chat:{user:" + userId + "}:two-factor"; // whole: alone, the name is the feature's
  }

  /** Set: the SHA-256 hashes of the user's unused recovery codes. */
  static String recoveryCodes(String userId) {
    return RedisKeys.tagged("user", userId, "recovery-codes");
  }

  /**
   * Hash: {@code userId, setupOnly, expiresAt}, a login waiting for its second step, under the
   * SHA-256 of its token; the key expires a day after the token does.
   */
  static String secondFactorChallenge(String tokenHash) {
    return "chat:{second-factor:" + tokenHash + "}:challenge";
  }

  /**
   * Set: the token hashes of the user's {@link #secondFactorChallenge}s, so that a password change
   * can remove them all; expires with the newest of them.
   */
  static String secondFactorChallengesOf(String userId) {
    return RedisKeys.tagged("user", userId, "second-factor-challenges");
  }

  /**
   * Hash: {@code code, createdBy, createdAt, expiresAt, maxUses, used}, and {@code roomId} for a
   * room invite; every invite shares the tag {@code {invites}} with {@link #invitesByAge}, so one
   * transaction writes both.
   */
  static String invite(String code) {
    return "chat:{invites}:invite:" + code;
  }

  /** Sorted set: every invite's code, scored by its creation time. */
  static String invitesByAge() {
    return "chat:{invites}:by-age";
  }

  /**
   * Sorted set: the codes of the invites into one room, scored by creation time; beside {@link
   * #invitesByAge} and written in its transaction. Invites made before it existed are not in it.
   */
  static String invitesOfRoom(String roomId) {
    return "chat:{invites}:room:" + roomId;
  }

  /** String: the last audit entry id handed out, by {@code INCR}. */
  static String auditSeq() {
    return "chat:{audit}:seq";
  }

  /** Sorted set: every audit entry's JSON, scored by its id. */
  static String auditLog() {
    return "chat:{audit}:log";
  }
}
