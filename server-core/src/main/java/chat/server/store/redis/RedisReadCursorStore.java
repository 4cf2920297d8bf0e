package chat.server.store.redis;

import chat.server.store.ReadCursorStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.Response;

/**
 * Read cursors in each room's {@link RedisKeys#roomReadCursors} hash, as the {@code seq} of the
 * message read (see {@code advance-read-cursor.lua}).
 *
 * <p><b>Unread counts without reading the backlog.</b> The append script numbers a room's messages
 * 1, 2, 3… ({@link RedisKeys#roomSeq}) and keeps each sender's messages in a sorted set scored by
 * seq ({@link RedisKeys#roomSenderMessages}). So the messages after a cursor number {@code last −
 * cursor}, of which {@code ZCOUNT own (cursor last]} are the user's own: two O(1) reads and one
 * O(log n) count per room, however long the backlog. Two pipelined round trips serve any number of
 * rooms: the first reads every cursor and counter, the second counts own messages up to the counter
 * value read, so each count is exact as of that value even while messages arrive (a seq at or below
 * the counter is never added later: the script takes the seq and adds it in one step).
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
    List<String> rooms = List.copyOf(roomIds);
    if (rooms.isEmpty()) {
      return Map.of();
    }
    List<Position> positions = positions(userId, rooms);
    List<Long> own =
        redis.pipelined(
            "count own messages",
            pipeline -> {
              List<Response<Long>> counts = new ArrayList<>();
              for (int i = 0; i < rooms.size(); i++) {
                Position position = positions.get(i);
                counts.add(
                    pipeline.zcount(
                        RedisKeys.roomSenderMessages(rooms.get(i), userId),
                        "(" + position.cursor(),
                        Long.toString(position.last())));
              }
              return () -> counts.stream().map(Response::get).toList();
            });
    Map<String, Integer> unread = new LinkedHashMap<>();
    for (int i = 0; i < rooms.size(); i++) {
      Position position = positions.get(i);
      unread.put(rooms.get(i), Math.toIntExact(position.last() - position.cursor() - own.get(i)));
    }
    return unread;
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
