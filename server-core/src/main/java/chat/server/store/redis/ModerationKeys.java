package chat.server.store.redis;

/**
 * The keys of a room's moderation ({@link RedisModerationStore}), all under the room's tag beside
 * {@link RedisKeys#roomMembers}, which holds each member's role. Pinned by {@code RedisKeysTest}
 * like the keys of {@link RedisKeys}.
 */
final class ModerationKeys {

  private ModerationKeys() {}

  /**
   * Hash: banned user id to {@code bannedAt:until:bannedBy}, {@code until} being {@code -} for a
   * ban for good. An ended ban stays until replaced or lifted; readers skip it.
   */
  static String bans(String roomId) {
    return "chat:{room:" + roomId + "}:bans";
  }

  /** Hash: muted user id to the end of the mute (epoch ms). Readers skip ended ones. */
  static String mutes(String roomId) {
    return "chat:{room:" + roomId + "}:mutes";
  }

  /** String: the slow-mode interval in seconds; missing or 0 when off. */
  static String slowMode(String roomId) {
    return "chat:{room:" + roomId + "}:slowmode";
  }

  /** Hash: plain member id to {@code postedAt:clientMsgId}, their last post under slow mode. */
  static String posts(String roomId) {
    return "chat:{room:" + roomId + "}:posts";
  }
}
