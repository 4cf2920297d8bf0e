package chat.server.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What moderators decide about a room: roles beyond membership, bans, mutes and slow mode, and each
 * member's last post under slow mode. Times are the server clock's epoch ms. Bans and mutes end by
 * time: each is stored with its end and every read compares that end with {@code now}, so nothing
 * has to sweep them. The checks of {@link #claimPost} run in one atomic step, so they hold across
 * nodes.
 */
public interface ModerationStore {

  /** Every member of the room with their role, by user id, in one read. */
  Map<String, MemberRole> roles(String roomId);

  /**
   * Gives a member other than the owner a new role; the owner's changes only by {@link
   * #transferOwnership}.
   *
   * @return false, changing nothing, when the user is not a member or is the owner
   */
  boolean setRole(String roomId, String userId, MemberRole role);

  /**
   * Makes {@code toUserId} the room's owner and {@code fromUserId} a moderator, in one step.
   *
   * @return false, changing nothing, unless {@code fromUserId} is the owner and {@code toUserId} a
   *     member
   */
  boolean transferOwnership(String roomId, String fromUserId, String toUserId);

  /** Stores a ban, replacing any earlier one of the same user; membership is the caller's. */
  void ban(String roomId, RoomBan ban);

  /**
   * Lifts a ban.
   *
   * @return false when there was none in force at {@code now} (an ended one is dropped all the
   *     same)
   */
  boolean unban(String roomId, String userId, long now);

  /** The user's ban in force at {@code now}, if any. */
  Optional<RoomBan> ban(String roomId, String userId, long now);

  /** The bans in force at {@code now}, newest first. */
  List<RoomBan> bans(String roomId, long now);

  /** Mutes the user until {@code until}, replacing any earlier mute. */
  void mute(String roomId, String userId, long until);

  /**
   * Lifts a mute.
   *
   * @return false when there was none in force at {@code now}
   */
  boolean unmute(String roomId, String userId, long now);

  /** The end of the user's mute in force at {@code now}, if any. */
  Optional<Long> mutedUntil(String roomId, String userId, long now);

  /** The mutes in force at {@code now}: user id to its end. */
  Map<String, Long> mutes(String roomId, long now);

  /** Sets the slow-mode interval; 0 turns it off. */
  void setSlowMode(String roomId, int seconds);

  /** The slow-mode interval in seconds; 0 when off. */
  int slowMode(String roomId);

  /**
   * Checks in one atomic step that {@code userId} may post to the room at {@code now} and, if so,
   * records the post for slow mode. Refused when muted; refused with the time left when slow mode
   * is on, the sender is a plain member, and their last recorded post is less than the interval
   * ago, unless that post had this {@code clientMsgId} (a resend, which the message store answers
   * with the original). Owners and moderators are not held by slow mode.
   */
  PostCheck claimPost(String roomId, String userId, String clientMsgId, long now);
}
