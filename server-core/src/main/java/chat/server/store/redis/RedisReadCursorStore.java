package chat.server.store.redis;

import chat.protocol.model.ReadCursor;
import chat.server.store.ReadCursorStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import redis.clients.jedis.Response;

/**
 * Read cursors in each room's {@link RedisKeys#roomReadCursors} hash, as the {@code seq} of the
 * message read (see {@code advance-read-cursor.lua}).
 *
 * <p><b>Unread counts without reading the backlog.</b> The append script numbers a room's messages
 * 1, 2, 3… ({@link RedisKeys#roomSeq}) and keeps each sender's messages in a sorted set scored by
 * seq ({@link RedisKeys#roomSenderMessages}). So the messages after a cursor number {@code last −
 * cursor}, of which {@code ZCOUNT own (cursor last]} are the user's own; thread-only replies
 * ({@link RedisKeys#roomThreadOnly}) are taken off too, and the user's own among them ({@link
 * RedisKeys#roomThreadOnlyFrom}) put back, as they were taken off twice: two O(1) reads and three
 * O(log n) counts per room, however long the backlog. Two pipelined round trips serve any number of
 * rooms: the first reads every cursor and counter, the second counts own messages up to the counter
 * value read, so each count is exact as of that value even while messages arrive (a seq at or below
 * the counter is never added later: the script takes the seq and adds it in one step).
 *
 * <p><b>The furthest cursors</b> come from {@link RedisKeys#roomReadOrder}, read a page at a time
 * from the top with the members' roles and the cursors' entries, so a room of thousands of members
 * costs a page, not a read of every cursor. Cursors last moved before that key existed are not in
 * it until they move again.
 */
final class RedisReadCursorStore implements ReadCursorStore {

  private final Redis redis;
  private final AdvanceReadCursorScript advanceScript = new AdvanceReadCursorScript();

  RedisReadCursorStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public Advance advance(String roomId, String userId, String messageId) {
    return RedisMessageStore.entryIdIn(roomId, messageId)
        .map(entryId -> advanceScript.advance(redis, roomId, userId, entryId))
        .orElse(Advance.NO_SUCH_MESSAGE);
  }

  @Override
  public Map<String, Integer> unreadCounts(String userId, Collection<String> roomIds) {
    return countPerRoom(
        userId,
        roomIds,
        roomId ->
            List.of(
                RedisKeys.roomSenderMessages(roomId, userId),
                RedisKeys.roomThreadOnly(roomId),
                RedisKeys.roomThreadOnlyFrom(roomId, userId)),
        (position, counts) ->
            position.last() - position.cursor() - counts.get(0) - counts.get(1) + counts.get(2));
  }

  /**
   * The named mentions of the user by others ({@link MentionKeys#roomMentionsOf}, which the append
   * keeps free of messages that also say {@code @room}) and the {@code @room} messages of others
   * ({@link MentionKeys#roomWideMentions} less {@link MentionKeys#roomWideMentionsFrom} the user),
   * counted from the cursor like {@link #unreadCounts}.
   */
  @Override
  public Map<String, Integer> mentionCounts(String userId, Collection<String> roomIds) {
    return countPerRoom(
        userId,
        roomIds,
        roomId ->
            List.of(
                MentionKeys.roomMentionsOf(roomId, userId),
                MentionKeys.roomWideMentions(roomId),
                MentionKeys.roomWideMentionsFrom(roomId, userId)),
        (position, counts) -> counts.get(0) + counts.get(1) - counts.get(2));
  }

  /**
   * Pages of {@code limit} userIds down the order of cursors, until {@code limit} current members
   * are found: more than one page only when users who left the room, or cursors without an entry,
   * stand among the furthest.
   */
  @Override
  public List<ReadCursor> furthest(String roomId, String exceptUserId, int limit) {
    List<ReadCursor> found = new ArrayList<>();
    for (long start = 0; found.size() < limit; start += limit) {
      List<String> users = page(roomId, start, limit);
      if (users.isEmpty()) {
        break;
      }
      List<String> others = users.stream().filter(user -> !user.equals(exceptUserId)).toList();
      List<List<String>> rolesAndEntries = rolesAndEntries(roomId, others);
      for (int i = 0; i < others.size() && found.size() < limit; i++) {
        String role = rolesAndEntries.get(0).get(i);
        String entryId = rolesAndEntries.get(1).get(i);
        if (role != null && entryId != null) {
          found.add(new ReadCursor(others.get(i), RedisMessageStore.messageIdOf(roomId, entryId)));
        }
      }
    }
    return found;
  }

  /** {@code limit} userIds of the order of cursors from {@code start}, the furthest first. */
  private List<String> page(String roomId, long start, int limit) {
    return redis.call(
        "read cursors in order",
        jedis ->
            List.copyOf(
                jedis.zrevrange(RedisKeys.roomReadOrder(roomId), start, start + limit - 1)));
  }

  /** The users' roles in the room (null if not a member) and their cursors' entries. */
  private List<List<String>> rolesAndEntries(String roomId, List<String> users) {
    if (users.isEmpty()) {
      return List.of(List.of(), List.of());
    }
    String[] fields = users.toArray(String[]::new);
    return redis.pipelined(
        "read cursors' members and entries",
        pipeline -> {
          Response<List<String>> roles = pipeline.hmget(RedisKeys.roomMembers(roomId), fields);
          Response<List<String>> entries =
              pipeline.hmget(RedisKeys.roomReadEntries(roomId), fields);
          return () -> List.of(roles.get(), entries.get());
        });
  }

  /**
   * For each room, {@code count} of the user's position there and the ZCOUNTs of the sorted sets
   * {@code keysOf} the room (scored by seq) over the seqs after the cursor up to the newest: two
   * pipelined round trips for any number of rooms.
   */
  private Map<String, Integer> countPerRoom(
      String userId,
      Collection<String> roomIds,
      Function<String, List<String>> keysOf,
      BiFunction<Position, List<Long>, Long> count) {
    List<String> rooms = List.copyOf(roomIds);
    if (rooms.isEmpty()) {
      return Map.of();
    }
    List<Position> positions = positions(userId, rooms);
    List<List<Long>> counted =
        redis.pipelined(
            "count messages after read cursors",
            pipeline -> {
              List<List<Response<Long>>> replies = new ArrayList<>();
              for (int i = 0; i < rooms.size(); i++) {
                Position position = positions.get(i);
                replies.add(
                    keysOf.apply(rooms.get(i)).stream()
                        .map(
                            key ->
                                pipeline.zcount(
                                    key, "(" + position.cursor(), Long.toString(position.last())))
                        .toList());
              }
              return () ->
                  replies.stream().map(room -> room.stream().map(Response::get).toList()).toList();
            });
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < rooms.size(); i++) {
      counts.put(rooms.get(i), Math.toIntExact(count.apply(positions.get(i), counted.get(i))));
    }
    return counts;
  }

  /** Where a user stands in a room: the cursor's seq (0 when none), the newest seq (0 if none). */
  private record Position(long cursor, long last) {}

  private List<Position> positions(String userId, List<String> rooms) {
    return redis.pipelined(
        "read cursors",
        pipeline -> {
          List<Response<String>> cursors = new ArrayList<>();
          List<Response<String>> lasts = new ArrayList<>();
          for (String roomId : rooms) {
            cursors.add(pipeline.hget(RedisKeys.roomReadCursors(roomId), userId));
            lasts.add(pipeline.get(RedisKeys.roomSeq(roomId)));
          }
          return () -> {
            List<Position> positions = new ArrayList<>();
            for (int i = 0; i < rooms.size(); i++) {
              positions.add(new Position(number(cursors.get(i).get()), number(lasts.get(i).get())));
            }
            return positions;
          };
        });
  }

  private static long number(String value) {
    return value == null ? 0 : Long.parseLong(value);
  }
}
