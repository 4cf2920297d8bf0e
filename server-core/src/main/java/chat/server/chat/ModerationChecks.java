package chat.server.chat;

import chat.server.error.ChatException;
import chat.server.store.ModerationStore;
import chat.server.store.PostCheck;
import chat.server.store.RoomBan;

/**
 * The moderators' decisions, enforced where members act: a ban where people join or are added, a
 * mute and slow mode where they post. Each check reads the shared store on every request, so every
 * node refuses alike the moment a decision is stored.
 */
final class ModerationChecks {

  private final ModerationStore store;

  ModerationChecks(ModerationStore store) {
    this.store = store;
  }

  /**
   * @throws ChatException {@code BANNED} (with the time left of a timed ban)
   */
  void requireNotBanned(String roomId, String userId, long now) {
    RoomBan ban = store.ban(roomId, userId, now).orElse(null);
    if (ban != null) {
      throw ChatException.banned(ban.until() == null ? null : ban.until() - now);
    }
  }

  /**
   * For edits and reactions, which slow mode does not hold back.
   *
   * @throws ChatException {@code MUTED} (with the time left)
   */
  void requireNotMuted(String roomId, String userId, long now) {
    store.mutedUntil(roomId, userId, now).ifPresent(until -> refuseMuted(until, now));
  }

  /**
   * Takes the sender's slot for a new message: refused while muted, or too soon under slow mode.
   *
   * @throws ChatException {@code MUTED}, or {@code RATE_LIMITED} with the slow mode's time left
   */
  void claimPost(String roomId, String userId, String clientMsgId, long now) {
    PostCheck check = store.claimPost(roomId, userId, clientMsgId, now);
    if (check.mutedUntil() > 0) {
      refuseMuted(check.mutedUntil(), now);
    }
    if (check.retryAfterMs() > 0) {
      throw ChatException.rateLimited(check.retryAfterMs());
    }
  }

  private static void refuseMuted(long until, long now) {
    throw ChatException.muted(until - now);
  }
}
