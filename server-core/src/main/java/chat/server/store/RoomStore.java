package chat.server.store;

import chat.protocol.model.Room;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rooms and their members. Rooms returned carry {@code memberCount}; the per-caller fields ({@code
 * unreadCount}, {@code lastMessage}) are null.
 */
public interface RoomStore {

  /**
   * Stores a new room with its creator as {@link MemberRole#OWNER} and {@code memberIds} as
   * members, in one transaction. The room's {@code memberCount} is ignored.
   *
   * @return the room as stored
   */
  Room create(Room room, Collection<String> memberIds);

  /**
   * Returns the direct room stored under {@code pairKey}, creating it from {@code candidate} if
   * there is none, and makes sure every one of {@code memberIds} is a member of it. Safe to call
   * concurrently: the same key always yields the same room.
   */
  Room openDirect(String pairKey, Room candidate, Collection<String> memberIds);

  /** The direct room stored under {@code pairKey}, if {@link #openDirect} ever made one. */
  Optional<Room> findDirect(String pairKey);

  Optional<Room> find(String roomId);

  Optional<MemberRole> role(String roomId, String userId);

  default boolean isMember(String roomId, String userId) {
    return role(roomId, userId).isPresent();
  }

  /**
   * Adds a member.
   *
   * @return false if the user already was one (nothing changes)
   */
  boolean addMember(String roomId, String userId, MemberRole role);

  /**
   * Removes a member.
   *
   * @return false if the user was not one
   */
  boolean removeMember(String roomId, String userId);

  Set<String> memberIds(String roomId);

  /** The rooms the user is a member of, ordered by creation, oldest first. */
  List<Room> roomsOf(String userId);

  /**
   * Public rooms whose name contains {@code nameContains} (case ignored; empty matches all),
   * ordered by name, at most {@code limit}.
   */
  List<Room> publicRooms(String nameContains, int limit);

  /**
   * Closes a room for good: it is read back with {@code closed} true. Used for the direct rooms of
   * a deleted account.
   *
   * @return false for an unknown room
   */
  boolean close(String roomId);
}
