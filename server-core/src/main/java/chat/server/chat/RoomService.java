package chat.server.chat;

import chat.protocol.ErrorCode;
import chat.protocol.model.EncryptedContent;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.model.User;
import chat.protocol.server.RoomUpdated;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.id.Ids;
import chat.server.ratelimit.RateLimiter;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import chat.server.store.MemberRole;
import chat.server.store.MessageStore;
import chat.server.store.ReadCursorStore;
import chat.server.store.RoomStore;
import chat.server.store.StorePorts;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rooms and who is in them. Every call checks the caller's right to do it; every change of
 * membership sends {@code room.updated} to the members (and to whoever just joined).
 *
 * <p>Adding people is limited per user, since each one added gets an event they did not ask for:
 * every person added by {@code room.invite}, by the members of {@code room.create}, or by a {@code
 * dm.open} that creates or brings back a direct room takes one permit of the invite limit. Creating
 * rooms has a limit of its own. A refused request changes nothing.
 */
public final class RoomService {

  private static final int DIRECTORY_LIMIT = 100;

  private final RoomStore rooms;
  private final MessageStore messages;
  private final ReadCursorStore readCursors;
  private final UserDirectory users;
  private final EventBus events;
  private final Limiters limiters;
  private final ModerationChecks moderation;
  private final Clock clock;
  private final SenderNames senderNames;

  /**
   * @param invitesPerUser people added to rooms, keyed by the user who adds them; its burst is also
   *     the most members one {@code room.create} may name
   * @param roomsPerUser rooms created, keyed by their creator
   */
  public record Limiters(RateLimiter invitesPerUser, RateLimiter roomsPerUser) {}

  public RoomService(StorePorts stores, UserDirectory users, Limiters limiters, Clock clock) {
    this.rooms = stores.rooms();
    this.messages = stores.messages();
    this.readCursors = stores.readCursors();
    this.users = users;
    this.events = stores.events();
    this.limiters = limiters;
    this.moderation = new ModerationChecks(stores.moderation());
    this.clock = clock;
    this.senderNames = new SenderNames(stores.users());
  }

  /**
   * Creates a public or private room with the caller as owner and {@code memberIds} as members;
   * {@code encrypted} (a private room only, as {@code room.create} checks) for good.
   *
   * @throws ChatException {@code NOT_FOUND} when a member id names no user; {@code INVALID_INPUT}
   *     when it names more people than the invite limit allows at once; {@code RATE_LIMITED}
   */
  public Room create(
      AuthenticatedUser caller,
      String name,
      RoomVisibility visibility,
      List<String> memberIds,
      boolean encrypted) {
    Set<String> members = new LinkedHashSet<>();
    members.add(caller.userId());
    if (memberIds != null) {
      members.addAll(memberIds);
    }
    int invited = members.size() - 1;
    int mostAtOnce = limiters.invitesPerUser().burst();
    if (invited > mostAtOnce) {
      throw ChatException.invalidInput(
          "memberIds", "at most " + mostAtOnce + " people can be added to a room at once");
    }
    requireUsersExist(members);
    long now = clock.millis();
    requirePermits(limiters.roomsPerUser(), caller, now, 1);
    try {
      requirePermits(limiters.invitesPerUser(), caller, now, invited);
    } catch (ChatException refused) {
      limiters.roomsPerUser().giveBack(caller.userId(), 1);
      throw refused;
    }
    Room room =
        rooms.create(
            new Room(Ids.room(), name, visibility, caller.userId(), clock.millis(), 0)
                .withEncrypted(encrypted),
            members);
    announce(room);
    return room;
  }

  /**
   * Joins a public room; a no-op for a room the caller is already in. A ban is checked before the
   * join and again after it, so that a ban stored meanwhile (which stores the ban, then removes the
   * member) cannot be slipped past.
   *
   * @throws ChatException {@code NOT_FOUND}, {@code FORBIDDEN} for a private or direct room, or
   *     {@code BANNED}
   */
  public Room join(AuthenticatedUser caller, String roomId) {
    Room room = find(roomId);
    if (rooms.isMember(roomId, caller.userId())) {
      return room;
    }
    if (room.visibility() != RoomVisibility.PUBLIC) {
      throw ChatException.forbidden("room " + roomId + " is " + wireName(room) + ": invite only");
    }
    addUnlessBanned(roomId, caller.userId());
    return announce(find(roomId));
  }

  /**
   * Adds a user a room invite admits, whatever the room's visibility: the invite's maker owned the
   * room or administers the server. A no-op for a member.
   *
   * @throws ChatException {@code NOT_FOUND}, or {@code BANNED} when the user is banned from it
   */
  public Room admitInvited(String roomId, String userId) {
    Room room = find(roomId);
    if (rooms.isMember(roomId, userId)) {
      return room;
    }
    addUnlessBanned(roomId, userId);
    return announce(find(roomId));
  }

  /**
   * @throws ChatException {@code BANNED} (with the time left of a timed ban)
   */
  public void requireNotBanned(String roomId, String userId) {
    moderation.requireNotBanned(roomId, userId, clock.millis());
  }

  /**
   * Adds a member, checking for a ban before and again after, so that a ban stored meanwhile (which
   * stores the ban, then removes the member) cannot be slipped past.
   *
   * @return whether the user was added (false when already a member)
   */
  private boolean addUnlessBanned(String roomId, String userId) {
    moderation.requireNotBanned(roomId, userId, clock.millis());
    boolean added = rooms.addMember(roomId, userId, MemberRole.MEMBER);
    try {
      moderation.requireNotBanned(roomId, userId, clock.millis());
      requireNotDeletedMeanwhile(userId);
    } catch (ChatException refused) {
      rooms.removeMember(roomId, userId);
      throw refused;
    }
    return added;
  }

  /**
   * Checked after adding a user: an account deletion marks the account deleted, then reads its
   * rooms to leave them ({@link AccountDeletion}), so an add that its read missed finds the mark
   * here and is undone.
   */
  private void requireNotDeletedMeanwhile(String userId) {
    if (users.isDeleted(userId)) {
      throw ChatException.notFound("no such user " + userId);
    }
  }

  /**
   * @throws ChatException {@code NOT_FOUND}, or {@code FORBIDDEN} when not a member
   */
  public void leave(AuthenticatedUser caller, String roomId) {
    requireMember(caller, roomId);
    rooms.removeMember(roomId, caller.userId());
    announce(find(roomId));
  }

  /**
   * Any member may add a user to a public or private room; the user is a member at once. Inviting a
   * member changes nothing and costs no permit.
   *
   * @throws ChatException {@code NOT_FOUND}, {@code FORBIDDEN} when the caller is not a member or
   *     the room is direct, {@code BANNED} when the user is banned from the room, or {@code
   *     RATE_LIMITED}
   */
  public void invite(AuthenticatedUser caller, String roomId, String userId) {
    Room room = requireMember(caller, roomId);
    if (room.visibility() == RoomVisibility.DIRECT) {
      throw ChatException.forbidden("nobody can be added to a direct room");
    }
    requireUsersExist(Set.of(userId));
    if (rooms.isMember(roomId, userId)) {
      return;
    }
    moderation.requireNotBanned(roomId, userId, clock.millis());
    requirePermits(limiters.invitesPerUser(), caller, clock.millis(), 1);
    if (addUnlessBanned(roomId, userId)) {
      announce(find(roomId));
    }
  }

  /**
   * The caller's rooms, each with its newest message and the caller's unread and mention counts.
   */
  public List<Room> list(AuthenticatedUser caller) {
    List<Room> joined = joined(caller);
    List<String> roomIds = joined.stream().map(Room::roomId).toList();
    Map<String, Integer> unread = readCursors.unreadCounts(caller.userId(), roomIds);
    Map<String, Integer> mentions = readCursors.mentionCounts(caller.userId(), roomIds);
    // One look-up of deleted senders for every room's newest message, not one per room.
    Map<String, Message> latest =
        senderNames
            .shown(
                joined.stream().flatMap(room -> messages.latest(room.roomId()).stream()).toList())
            .stream()
            .collect(Collectors.toMap(Message::roomId, Function.identity()));
    return joined.stream()
        .map(
            room ->
                room.withLastMessage(latest.get(room.roomId()))
                    .withUnreadCount(unread.get(room.roomId()))
                    .withMentionCount(mentions.get(room.roomId())))
        .toList();
  }

  /** The rooms the caller is a member of, oldest first, without the per-caller fields. */
  public List<Room> joined(AuthenticatedUser caller) {
    return rooms.roomsOf(caller.userId());
  }

  /** Public rooms whose name contains {@code query} (case ignored), by name. */
  public List<Room> directory(String query) {
    return rooms.publicRooms(query == null ? "" : query.strip(), DIRECTORY_LIMIT);
  }

  /**
   * @throws ChatException {@code NOT_FOUND}, or {@code FORBIDDEN} when not a member
   */
  public List<User> members(AuthenticatedUser caller, String roomId) {
    requireMember(caller, roomId);
    return users.all(rooms.memberIds(roomId));
  }

  /**
   * The direct room of the caller and {@code userId}: the same room every time, rejoined by
   * whichever of the two had left it. {@code encrypted} applies only when this call creates it.
   *
   * @throws ChatException {@code NOT_FOUND} when no such user; {@code ROOM_CLOSED} when that user
   *     deleted their account; {@code RATE_LIMITED} when the room would be created or brought back
   */
  public Room openDirect(AuthenticatedUser caller, String userId, boolean encrypted) {
    String otherName = users.get(userId).username();
    if (users.isDeleted(userId)) {
      throw roomClosed();
    }
    // Sorted sets: the same key and name whoever opens it; one entry when someone writes to self.
    Set<String> pair = new TreeSet<>(List.of(caller.userId(), userId));
    String pairKey = String.join(":", pair);
    String name = String.join(", ", new TreeSet<>(List.of(caller.username(), otherName)));
    Room existing = rooms.findDirect(pairKey).orElse(null);
    if (existing != null && rooms.memberIds(existing.roomId()).containsAll(pair)) {
      return existing;
    }
    long now = clock.millis();
    requirePermits(limiters.invitesPerUser(), caller, now, 1);
    Room candidate =
        new Room(Ids.room(), name, RoomVisibility.DIRECT, caller.userId(), now, 0)
            .withEncrypted(encrypted);
    return announce(rooms.openDirect(pairKey, candidate, pair));
  }

  /**
   * The room, if the caller is a member of it.
   *
   * @throws ChatException {@code NOT_FOUND}, or {@code FORBIDDEN} when not a member
   */
  public Room requireMember(AuthenticatedUser caller, String roomId) {
    Room room = find(roomId);
    if (!rooms.isMember(roomId, caller.userId())) {
      throw ChatException.forbidden("not a member of " + roomId);
    }
    return room;
  }

  /**
   * Everyone currently in the room, if the caller is one of them and the edit's text fits the room
   * ({@link EncryptedText}): the audience of an edit, from one read of the room and its members.
   *
   * @param encrypted the new encrypted text; null for text in clear
   * @throws ChatException {@code NOT_FOUND}, {@code FORBIDDEN} when not a member, {@code
   *     INVALID_INPUT}
   */
  public Set<String> audienceOfEdit(
      AuthenticatedUser caller, String roomId, EncryptedContent encrypted) {
    return audience(caller, roomId, false, encrypted);
  }

  /**
   * {@link #audienceOfEdit}, for a new message: refused in a closed room too, so nobody writes to a
   * deleted account.
   *
   * @throws ChatException {@code NOT_FOUND}, {@code FORBIDDEN} when not a member, {@code
   *     ROOM_CLOSED}, {@code INVALID_INPUT}
   */
  public Set<String> audienceOfPost(
      AuthenticatedUser caller, String roomId, EncryptedContent encrypted) {
    return audience(caller, roomId, true, encrypted);
  }

  private Set<String> audience(
      AuthenticatedUser caller, String roomId, boolean posting, EncryptedContent encrypted) {
    Room room = find(roomId);
    Set<String> members = rooms.memberIds(roomId);
    if (!members.contains(caller.userId())) {
      throw ChatException.forbidden("not a member of " + roomId);
    }
    if (posting && room.refusesMessages()) {
      throw roomClosed();
    }
    EncryptedText.requireFits(room, encrypted);
    return members;
  }

  /** Everyone currently in the room. */
  public Set<String> memberIds(String roomId) {
    return rooms.memberIds(roomId);
  }

  /** Everyone currently in the room but {@code userId}: the audience of what that user does. */
  public Set<String> otherMembers(String roomId, String userId) {
    Set<String> others = new HashSet<>(rooms.memberIds(roomId));
    others.remove(userId);
    return others;
  }

  private Room find(String roomId) {
    return rooms.find(roomId).orElseThrow(() -> ChatException.notFound("no such room " + roomId));
  }

  private void requireUsersExist(Set<String> userIds) {
    for (String userId : userIds) {
      if (!users.exists(userId)) {
        throw ChatException.notFound("no such user " + userId);
      }
    }
  }

  /** Takes {@code permits} (none when 0) of the caller's, or refuses with the time to wait. */
  private static void requirePermits(
      RateLimiter limiter, AuthenticatedUser caller, long now, int permits) {
    if (permits == 0) {
      return;
    }
    long retryAfter = limiter.tryAcquire(caller.userId(), now, permits);
    if (retryAfter > 0) {
      throw ChatException.rateLimited(retryAfter);
    }
  }

  private Room announce(Room room) {
    events.publish(new BusEvent.Delivery(rooms.memberIds(room.roomId()), new RoomUpdated(room)));
    return room;
  }

  /** The refusal of a new message, or a file for one, in a closed room. */
  static ChatException roomClosed() {
    return new ChatException(
        ErrorCode.ROOM_CLOSED,
        "this direct room is closed: the other person deleted their account");
  }

  private static String wireName(Room room) {
    return room.visibility().name().toLowerCase(Locale.ROOT);
  }
}
