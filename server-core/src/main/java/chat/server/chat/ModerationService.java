package chat.server.chat;

import chat.protocol.model.AuditAction;
import chat.protocol.model.MemberStanding;
import chat.protocol.model.ModerationAction;
import chat.protocol.model.Room;
import chat.protocol.model.RoomBanEntry;
import chat.protocol.model.RoomRole;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.ModerationResult;
import chat.protocol.server.MemberUpdated;
import chat.protocol.server.RoomUpdated;
import chat.protocol.server.ServerFrame;
import chat.protocol.server.SlowModeUpdated;
import chat.server.auth.AuditLog;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.ratelimit.RateLimiter;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import chat.server.store.MemberRole;
import chat.server.store.ModerationStore;
import chat.server.store.RoomBan;
import chat.server.store.RoomStore;
import chat.server.store.StorePorts;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every moderator and owner action on a room, each one method: checked (the caller's role outranks
 * the target's; see {@link RoomRole#outranks}), stored, then announced to the room's members and
 * the user concerned as {@code member.updated} or {@code slowmode.updated}. A refused request
 * changes nothing. Direct rooms have no moderation.
 *
 * <p>Bans and mutes are stored with their end (server clock) and end by time; {@link
 * ModerationChecks} enforces them, and slow mode, where members act.
 */
public final class ModerationService {

  private final RoomStore rooms;
  private final ModerationStore store;
  private final UserDirectory users;
  private final RateLimiter actions;
  private final EventBus events;
  private final Clock clock;
  private final AuditLog audit;

  /** The caller as found allowed to moderate the room, with the room's members as read. */
  private record Moderator(String roomId, String userId, MemberRole role, Set<String> members) {}

  /**
   * @param audit records every action done, with who did it and from where
   */
  /**
   * @param actions the send limit: every moderator action takes a permit of it, as an edit does, so
   *     that an owner cannot flood the room's members with events and the audit log with entries
   */
  public ModerationService(
      StorePorts stores, UserDirectory users, RateLimiter actions, Clock clock, AuditLog audit) {
    this.rooms = stores.rooms();
    this.store = stores.moderation();
    this.users = users;
    this.actions = actions;
    this.events = stores.events();
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Makes a member a moderator or a plain member again (the owner only).
   *
   * @throws ChatException {@code FORBIDDEN} (not the owner), {@code NOT_FOUND} (no such room or
   *     member)
   */
  public void setRole(AuthenticatedUser caller, String roomId, String userId, RoomRole role) {
    Moderator owner = owner(caller, roomId);
    requireOutranked(owner, memberRole(roomId, userId));
    MemberRole stored = role == RoomRole.MODERATOR ? MemberRole.MODERATOR : MemberRole.MEMBER;
    if (!store.setRole(roomId, userId, stored)) {
      throw noSuchMember(userId);
    }
    announce(owner, userId, ModerationAction.ROLE, stored.toWire(), null);
    record(
        caller,
        AuditAction.ROOM_ROLE_CHANGED,
        roomId,
        userId,
        role.name().toLowerCase(Locale.ROOT));
  }

  /**
   * Hands the room to another member, who becomes its owner; the caller becomes a moderator.
   *
   * @throws ChatException {@code FORBIDDEN} (not the owner), {@code NOT_FOUND}
   */
  public void transfer(AuthenticatedUser caller, String roomId, String userId) {
    Moderator owner = owner(caller, roomId);
    requireOutranked(owner, memberRole(roomId, userId));
    if (!store.transferOwnership(roomId, owner.userId(), userId)) {
      throw ChatException.forbidden("the room changed meanwhile; try again");
    }
    announce(owner, userId, ModerationAction.TRANSFER, RoomRole.OWNER, null);
    announce(owner, owner.userId(), ModerationAction.TRANSFER, RoomRole.MODERATOR, null);
    record(caller, AuditAction.ROOM_ROLE_CHANGED, roomId, userId, "owner, handed over");
  }

  /**
   * Removes a member, who may join again if the room is public.
   *
   * @throws ChatException {@code FORBIDDEN}, {@code NOT_FOUND}
   */
  public void kick(AuthenticatedUser caller, String roomId, String userId) {
    Moderator moderator = moderator(caller, roomId);
    requireOutranked(moderator, memberRole(roomId, userId));
    if (!rooms.removeMember(roomId, userId)) {
      throw noSuchMember(userId);
    }
    announce(moderator, userId, ModerationAction.KICK, null, null);
    record(caller, AuditAction.MEMBER_KICKED, roomId, userId, null);
    announceRoom(roomId);
  }

  /**
   * Bans a user, a member or not, for {@code durationSeconds} or for good (null), and removes them
   * from the room. Banning again replaces the earlier ban.
   *
   * @throws ChatException {@code FORBIDDEN}, {@code NOT_FOUND} (no such room or user)
   */
  public void ban(AuthenticatedUser caller, String roomId, String userId, Long durationSeconds) {
    Moderator moderator = moderator(caller, roomId);
    MemberRole target = rooms.role(roomId, userId).orElse(MemberRole.MEMBER);
    requireOutranked(moderator, target);
    if (!users.exists(userId)) {
      throw ChatException.notFound("no such user " + userId);
    }
    long now = clock.millis();
    Long until = durationSeconds == null ? null : now + durationSeconds * 1000;
    // The ban first, then the removal: a join that raced past the check finds the ban after adding.
    store.ban(roomId, new RoomBan(userId, moderator.userId(), now, until));
    boolean removed = rooms.removeMember(roomId, userId);
    announce(moderator, userId, ModerationAction.BAN, null, until);
    record(caller, AuditAction.MEMBER_BANNED, roomId, userId, until(until));
    if (removed) {
      announceRoom(roomId);
    }
  }

  /**
   * @throws ChatException {@code FORBIDDEN}, {@code NOT_FOUND} (no ban in force)
   */
  public void unban(AuthenticatedUser caller, String roomId, String userId) {
    Moderator moderator = moderator(caller, roomId);
    if (!store.unban(roomId, userId, clock.millis())) {
      throw ChatException.notFound(userId + " is not banned from this room");
    }
    announce(moderator, userId, ModerationAction.UNBAN, null, null);
    record(caller, AuditAction.MEMBER_UNBANNED, roomId, userId, null);
  }

  /**
   * Keeps a member from posting, editing and reacting for {@code durationSeconds}; muting again
   * replaces the earlier end. The mute holds if they leave and rejoin.
   *
   * @throws ChatException {@code FORBIDDEN}, {@code NOT_FOUND}
   */
  public void mute(AuthenticatedUser caller, String roomId, String userId, long durationSeconds) {
    Moderator moderator = moderator(caller, roomId);
    MemberRole target = memberRole(roomId, userId);
    requireOutranked(moderator, target);
    long until = clock.millis() + durationSeconds * 1000;
    store.mute(roomId, userId, until);
    announce(moderator, userId, ModerationAction.MUTE, target.toWire(), until);
    record(caller, AuditAction.MEMBER_MUTED, roomId, userId, until(until));
  }

  /**
   * @throws ChatException {@code FORBIDDEN}, {@code NOT_FOUND} (not a member, or not muted)
   */
  public void unmute(AuthenticatedUser caller, String roomId, String userId) {
    Moderator moderator = moderator(caller, roomId);
    MemberRole target = memberRole(roomId, userId);
    requireOutranked(moderator, target);
    if (!store.unmute(roomId, userId, clock.millis())) {
      throw ChatException.notFound(userId + " is not muted in this room");
    }
    announce(moderator, userId, ModerationAction.UNMUTE, target.toWire(), null);
    record(caller, AuditAction.MEMBER_UNMUTED, roomId, userId, null);
  }

  /**
   * Lets each plain member send one message per {@code seconds}; 0 turns slow mode off.
   *
   * @throws ChatException {@code FORBIDDEN}, {@code NOT_FOUND}
   */
  public void setSlowMode(AuthenticatedUser caller, String roomId, int seconds) {
    Moderator moderator = moderator(caller, roomId);
    store.setSlowMode(roomId, seconds);
    publish(moderator.members(), new SlowModeUpdated(roomId, seconds, moderator.userId()));
    record(
        caller, AuditAction.SLOW_MODE_CHANGED, roomId, null, seconds == 0 ? "off" : seconds + " s");
  }

  /**
   * The room's roles, mutes and slow mode for any member; its bans too for moderators and the
   * owner.
   *
   * @throws ChatException {@code NOT_FOUND}, {@code FORBIDDEN} (not a member)
   */
  public ModerationResult state(AuthenticatedUser caller, String roomId) {
    Room room = room(roomId);
    MemberRole callerRole =
        rooms
            .role(roomId, caller.userId())
            .orElseThrow(() -> ChatException.forbidden("not a member of " + roomId));
    long now = clock.millis();
    Map<String, Long> mutes = store.mutes(roomId, now);
    List<MemberStanding> members =
        store.roles(roomId).entrySet().stream()
            .map(
                member ->
                    new MemberStanding(
                        member.getKey(), member.getValue().toWire(), mutes.get(member.getKey())))
            .toList();
    List<RoomBanEntry> bans = callerRole.toWire().moderates() ? banEntries(roomId, now) : null;
    return new ModerationResult(room.roomId(), store.slowMode(roomId), members, bans);
  }

  /**
   * The bans in force, newest first, each with the banned user's name; the names are read in one
   * lookup for the whole list.
   *
   * @throws ChatException {@code NOT_FOUND} when a banned user's account is gone
   */
  private List<RoomBanEntry> banEntries(String roomId, long now) {
    List<RoomBan> bans = store.bans(roomId, now);
    Map<String, String> usernames = users.usernames(bans.stream().map(RoomBan::userId).toList());
    return bans.stream()
        .map(
            ban -> {
              String username = usernames.get(ban.userId());
              if (username == null) {
                throw ChatException.notFound("no such user");
              }
              return new RoomBanEntry(
                  ban.userId(), username, ban.bannedBy(), ban.bannedAt(), ban.until());
            })
        .toList();
  }

  /** The caller, if they are the room's owner. */
  private Moderator owner(AuthenticatedUser caller, String roomId) {
    Moderator moderator = moderator(caller, roomId);
    if (moderator.role() != MemberRole.OWNER) {
      throw ChatException.forbidden("only the room's owner may change roles");
    }
    return moderator;
  }

  /** The caller, if they moderate the room (a moderator or its owner). */
  private Moderator moderator(AuthenticatedUser caller, String roomId) {
    Room room = room(roomId);
    if (room.visibility() == RoomVisibility.DIRECT) {
      throw ChatException.forbidden("direct rooms have no moderation");
    }
    MemberRole role =
        rooms
            .role(roomId, caller.userId())
            .orElseThrow(() -> ChatException.forbidden("not a member of " + roomId));
    if (!role.toWire().moderates()) {
      throw ChatException.forbidden("only the room's moderators and owner may do this");
    }
    long retryAfter = actions.tryAcquire(caller.userId(), clock.millis());
    if (retryAfter > 0) {
      throw ChatException.rateLimited(retryAfter);
    }
    return new Moderator(roomId, caller.userId(), role, rooms.memberIds(roomId));
  }

  private Room room(String roomId) {
    return rooms.find(roomId).orElseThrow(() -> ChatException.notFound("no such room " + roomId));
  }

  private MemberRole memberRole(String roomId, String userId) {
    return rooms.role(roomId, userId).orElseThrow(() -> noSuchMember(userId));
  }

  private static void requireOutranked(Moderator moderator, MemberRole target) {
    if (!moderator.role().toWire().outranks(target.toWire())) {
      throw ChatException.forbidden(
          "a room's " + wireName(moderator.role()) + " may not act on its " + wireName(target));
    }
  }

  private static String wireName(MemberRole role) {
    return role.name().toLowerCase(Locale.ROOT);
  }

  private static ChatException noSuchMember(String userId) {
    return ChatException.notFound(userId + " is not a member of this room");
  }

  /** {@code member.updated} to the members as the moderator's check read them, and the target. */
  private void announce(
      Moderator moderator, String userId, ModerationAction action, RoomRole role, Long until) {
    Set<String> audience = new HashSet<>(moderator.members());
    audience.add(userId);
    publish(
        audience,
        new MemberUpdated(moderator.roomId(), userId, action, role, until, moderator.userId()));
  }

  /**
   * One audit entry: its target is the user acted on, or the room for slow mode; its detail names
   * the room, then what else tells the action apart.
   */
  private void record(
      AuthenticatedUser caller, AuditAction action, String roomId, String userId, String detail) {
    String where = "room " + roomId;
    audit.record(
        action,
        caller.userId(),
        userId == null ? roomId : userId,
        detail == null ? where : where + ": " + detail,
        caller.address());
  }

  private static String until(Long until) {
    return until == null ? "for good" : "until " + Instant.ofEpochMilli(until);
  }

  private void announceRoom(String roomId) {
    rooms.find(roomId).ifPresent(room -> publish(rooms.memberIds(roomId), new RoomUpdated(room)));
  }

  private void publish(Set<String> audience, ServerFrame frame) {
    events.publish(new BusEvent.Delivery(audience, frame));
  }
}
