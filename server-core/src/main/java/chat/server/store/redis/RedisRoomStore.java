package chat.server.store.redis;

import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.server.store.MemberRole;
import chat.server.store.RoomStore;
import chat.server.store.StoreException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.params.ZRangeParams;

/**
 * Rooms: under the room's tag, its hash ({@link RedisKeys#roomInfo}) and its members with their
 * role ({@link RedisKeys#roomMembers}), the truth about the room, written together by {@link
 * CreateRoomScript}. Beside them, three indexes under other tags: each user's rooms ({@link
 * RedisKeys#userRooms}, kept by {@link UserRoomIndex}), the public directory ({@link
 * RedisKeys#publicRooms}) and the direct room of each pair ({@link RedisKeys#directRoom}).
 *
 * <p><b>Indexes first, truth second.</b> No atomic step spans two tags, so an index entry is
 * written before the room or membership it points to, and every reader checks each entry against
 * the truth (the room exists, the user is a member) and skips those that fail. A node dying between
 * two steps thus leaves at most an index entry that readers skip, never a room or membership that
 * an index misses. {@code memberCount} is HLEN of the members, so it cannot drift.
 */
final class RedisRoomStore implements RoomStore {

  /** Directory entries read per round trip while filtering by name. */
  private static final int DIRECTORY_BATCH = 200;

  private final Redis redis;
  private final UserRoomIndex userRooms;
  private final CreateRoomScript createRoom = new CreateRoomScript();
  private final HashCompareAndSetScript compareAndSet = new HashCompareAndSetScript();

  RedisRoomStore(Redis redis) {
    this.redis = redis;
    this.userRooms = new UserRoomIndex(redis);
  }

  @Override
  public Room create(Room room, Collection<String> memberIds) {
    Map<String, MemberRole> members = new LinkedHashMap<>();
    members.put(room.createdBy(), MemberRole.OWNER);
    memberIds.forEach(userId -> members.putIfAbsent(userId, MemberRole.MEMBER));
    return store(room, members);
  }

  /**
   * The pair key is claimed with SET NX: of concurrent callers, one sets its candidate's id and
   * every caller then stores the room under that id, from its own candidate, only if it is missing
   * (the first to store it wins), and adds its members. So the room appears even if the caller that
   * claimed the key died before storing it.
   */
  @Override
  public Room openDirect(String pairKey, Room candidate, Collection<String> memberIds) {
    String key = RedisKeys.directRoom(pairKey);
    String roomId =
        redis.call(
            "open direct room",
            jedis ->
                jedis.set(key, candidate.roomId(), SetParams.setParams().nx()) != null
                    ? candidate.roomId()
                    : jedis.get(key));
    Map<String, MemberRole> members = new LinkedHashMap<>();
    memberIds.forEach(userId -> members.putIfAbsent(userId, MemberRole.MEMBER));
    Room room =
        new Room(
                roomId,
                candidate.name(),
                candidate.visibility(),
                candidate.createdBy(),
                candidate.createdAt(),
                0)
            .withEncrypted(candidate.endToEndEncrypted());
    return store(room, members);
  }

  @Override
  public Optional<Room> findDirect(String pairKey) {
    String roomId =
        redis.call("find direct room", jedis -> jedis.get(RedisKeys.directRoom(pairKey)));
    return roomId == null ? Optional.empty() : find(roomId);
  }

  @Override
  public Optional<Room> find(String roomId) {
    return load(List.of(roomId), null).stream().findFirst();
  }

  @Override
  public Optional<MemberRole> role(String roomId, String userId) {
    String role =
        redis.call("member role", jedis -> jedis.hget(RedisKeys.roomMembers(roomId), userId));
    return Optional.ofNullable(role).map(MemberRole::valueOf);
  }

  /** The user's index entry first, as everywhere; see {@link UserRoomIndex} for the repair. */
  @Override
  public boolean addMember(String roomId, String userId, MemberRole role) {
    long createdAt = createdAt(roomId);
    userRooms.addIfAbsent(roomId, createdAt, List.of(userId));
    boolean added =
        redis.call(
                "add member",
                jedis -> jedis.hsetnx(RedisKeys.roomMembers(roomId), userId, role.name()))
            == 1;
    if (added) {
      userRooms.add(roomId, createdAt, List.of(userId));
    }
    return added;
  }

  @Override
  public boolean removeMember(String roomId, String userId) {
    boolean removed =
        redis.call("remove member", jedis -> jedis.hdel(RedisKeys.roomMembers(roomId), userId))
            == 1;
    if (removed) {
      userRooms.remove(roomId, userId);
      if (role(roomId, userId).isPresent()) {
        userRooms.add(roomId, createdAt(roomId), List.of(userId));
      }
    }
    return removed;
  }

  @Override
  public Set<String> memberIds(String roomId) {
    return redis.call("member ids", jedis -> jedis.hkeys(RedisKeys.roomMembers(roomId)));
  }

  @Override
  public List<Room> roomsOf(String userId) {
    return load(userRooms.roomIds(userId), userId);
  }

  /**
   * Walks the directory in name order, {@value #DIRECTORY_BATCH} entries a round trip, and keeps
   * the entries whose folded name contains the folded filter. Without a filter that reads {@code
   * limit} entries; with one it may read the whole directory when few names match, a cost that is
   * linear in the number of public rooms (fine for thousands; beyond that the directory would want
   * an n-gram index like the one search needs).
   */
  @Override
  public List<Room> publicRooms(String nameContains, int limit) {
    String needle = NameEntries.fold(nameContains);
    List<Room> found = new ArrayList<>();
    String from = "-";
    while (found.size() < limit) {
      String start = from;
      List<String> batch =
          redis.call(
              "read directory",
              jedis ->
                  jedis.zrange(
                      RedisKeys.publicRooms(),
                      ZRangeParams.zrangeByLexParams(start, "+").limit(0, DIRECTORY_BATCH)));
      List<String> matching =
          batch.stream()
              .filter(entry -> NameEntries.nameOfNameEntry(entry).contains(needle))
              .map(NameEntries::idOfNameEntry)
              .toList();
      // Load no more rooms than still wanted, but go on within the batch if some are missing.
      for (int next = 0; next < matching.size() && found.size() < limit; ) {
        int end = Math.min(matching.size(), next + limit - found.size());
        found.addAll(load(matching.subList(next, end), null));
        next = end;
      }
      if (batch.size() < DIRECTORY_BATCH) {
        break;
      }
      from = "(" + batch.getLast();
    }
    return found;
  }

  /**
   * Stores a room unless it exists and adds the members it lacks: the members' index entries and
   * the directory entry first, then the room and its members in one script, then the index entries
   * again, with the stored room's creation time, for the members this call added.
   */
  private Room store(Room room, Map<String, MemberRole> members) {
    userRooms.addIfAbsent(room.roomId(), room.createdAt(), members.keySet());
    if (room.visibility() == RoomVisibility.PUBLIC) {
      redis.call(
          "list public room",
          jedis ->
              jedis.zadd(
                  RedisKeys.publicRooms(), 0, NameEntries.nameEntry(room.name(), room.roomId())));
    }
    CreateRoomScript.Outcome outcome =
        createRoom.create(redis, room.roomId(), fields(room), members);
    userRooms.add(room.roomId(), outcome.createdAt(), outcome.added());
    return find(room.roomId()).orElseThrow();
  }

  /** A field {@code closed} in the room's hash, set on a room that exists, never cleared. */
  @Override
  public boolean close(String roomId) {
    return compareAndSet.set(redis, RedisKeys.roomInfo(roomId), "roomId", roomId, "closed", "1");
  }

  private long createdAt(String roomId) {
    String createdAt =
        redis.call("room created at", jedis -> jedis.hget(RedisKeys.roomInfo(roomId), "createdAt"));
    if (createdAt == null) {
      throw new StoreException("there is no room " + roomId, null);
    }
    return Long.parseLong(createdAt);
  }

  /**
   * The rooms of these ids that exist, in the order of the ids, with their member counts, in one
   * round trip; with a {@code memberId}, only the rooms that user is a member of.
   */
  private List<Room> load(List<String> roomIds, String memberId) {
    return redis.pipelined(
        "load rooms",
        pipeline -> {
          List<Response<Map<String, String>>> infos = new ArrayList<>();
          List<Response<Long>> counts = new ArrayList<>();
          List<Response<Boolean>> memberships = new ArrayList<>();
          for (String roomId : roomIds) {
            infos.add(pipeline.hgetAll(RedisKeys.roomInfo(roomId)));
            counts.add(pipeline.hlen(RedisKeys.roomMembers(roomId)));
            if (memberId != null) {
              memberships.add(pipeline.hexists(RedisKeys.roomMembers(roomId), memberId));
            }
          }
          return () -> {
            List<Room> rooms = new ArrayList<>();
            for (int i = 0; i < roomIds.size(); i++) {
              Map<String, String> info = infos.get(i).get();
              if (!info.isEmpty() && (memberId == null || memberships.get(i).get())) {
                rooms.add(room(info, counts.get(i).get()));
              }
            }
            return rooms;
          };
        });
  }

  /** The room's info hash; {@code encrypted} is there ("1") only for an encrypted room. */
  private static Map<String, String> fields(Room room) {
    Map<String, String> fields = new HashMap<>();
    fields.put("roomId", room.roomId());
    fields.put("name", room.name());
    fields.put("visibility", room.visibility().name());
    fields.put("createdBy", room.createdBy());
    fields.put("createdAt", Long.toString(room.createdAt()));
    if (room.endToEndEncrypted()) {
      fields.put("encrypted", "1");
    }
    return fields;
  }

  private static Room room(Map<String, String> info, long memberCount) {
    return new Room(
            info.get("roomId"),
            info.get("name"),
            RoomVisibility.valueOf(info.get("visibility")),
            info.get("createdBy"),
            Long.parseLong(info.get("createdAt")),
            Math.toIntExact(memberCount))
        .withClosed("1".equals(info.get("closed")))
        .withEncrypted("1".equals(info.get("encrypted")));
  }
}
