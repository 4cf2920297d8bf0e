package chat.server.store.redis;

import java.util.Collection;
import java.util.List;
import redis.clients.jedis.params.ZAddParams;

/**
 * Each user's rooms ({@link RedisKeys#userRooms}): a sorted set of room ids scored by the room's
 * creation time, so that {@code roomsOf} comes out oldest first. It is an index over the rooms'
 * member hashes, which hold the truth, and lives under the user's tag, so it changes in calls of
 * its own, ordered so that every membership has its entry:
 *
 * <ul>
 *   <li>joining writes the entry, then the membership, then (if this call made the user a member)
 *       the entry again;
 *   <li>leaving deletes the membership, then the entry, then writes the entry back if the user is a
 *       member again by then.
 * </ul>
 *
 * Of a join and a leave racing, whichever finishes last thus leaves the entry right: a leave that
 * deleted the entry after the join's last write sees the membership and restores it. What can
 * remain is an entry without a membership (a node died after the first step of a join), which
 * readers skip.
 */
final class UserRoomIndex {

  private final Redis redis;

  UserRoomIndex(Redis redis) {
    this.redis = redis;
  }

  /** The ids of the user's rooms, oldest first, including entries readers must verify. */
  List<String> roomIds(String userId) {
    return redis.call("list user rooms", jedis -> jedis.zrange(RedisKeys.userRooms(userId), 0, -1));
  }

  /** Adds the entry for each user that has none: the first write, before the membership. */
  void addIfAbsent(String roomId, long createdAt, Collection<String> userIds) {
    write(roomId, createdAt, userIds, ZAddParams.zAddParams().nx());
  }

  /** Adds or rescores the entry for each user: the write after the membership. */
  void add(String roomId, long createdAt, Collection<String> userIds) {
    write(roomId, createdAt, userIds, ZAddParams.zAddParams());
  }

  void remove(String roomId, String userId) {
    redis.call("unlist user room", jedis -> jedis.zrem(RedisKeys.userRooms(userId), roomId));
  }

  private void write(String roomId, long createdAt, Collection<String> userIds, ZAddParams params) {
    if (userIds.isEmpty()) {
      return;
    }
    redis.pipelined(
        "list user rooms",
        pipeline -> {
          userIds.forEach(
              userId -> pipeline.zadd(RedisKeys.userRooms(userId), createdAt, roomId, params));
          return () -> null;
        });
  }
}
