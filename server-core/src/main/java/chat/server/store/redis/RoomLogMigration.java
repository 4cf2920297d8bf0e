package chat.server.store.redis;

import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Moves the content of room logs written before decision record 0009 out of the log, when a node
 * starts rather than on a request: every room log is looked at (its first entry, pipelined a page
 * of rooms at a time), and each one that still holds content is copied by {@code
 * migrate-room-log.lua} in batches of at most {@link #BATCH} entries, so Redis is never blocked for
 * the length of a whole room. Reads go on meanwhile (they read content from an entry that has it),
 * and a change of a message so stored waits for its room's migration. Running it again, or on two
 * nodes at once, is safe: each batch goes on from the copy's own last entry, whoever made it.
 */
final class RoomLogMigration {

  /** Entries copied per script call: some milliseconds of Redis's time. */
  static final int BATCH = 1_000;

  private static final String LOG_PREFIX = "chat:{room:";
  private static final String LOG_SUFFIX = "}:log";

  private final Redis redis;
  private final int batch;
  private final LuaScript migrate = LuaScript.load("migrate-room-log.lua");

  RoomLogMigration(Redis redis, int batch) {
    this.redis = redis;
    this.batch = batch;
  }

  /**
   * Migrates every room log that needs it; the number of rooms migrated. {@code SCAN} walks one
   * server's keys, so on a cluster each primary is scanned in turn.
   */
  int run() {
    return redis.onEachPrimary("find room logs", this::runOn).stream()
        .mapToInt(Integer::intValue)
        .sum();
  }

  private int runOn(Jedis primary) {
    int migrated = 0;
    String cursor = ScanParams.SCAN_POINTER_START;
    do {
      ScanResult<String> page =
          primary.scan(cursor, new ScanParams().match(LOG_PREFIX + "*" + LOG_SUFFIX).count(1000));
      for (String roomId : older(page.getResult())) {
        long copied;
        do {
          copied = step(roomId);
        } while (copied > 0);
        migrated++;
      }
      cursor = page.getCursor();
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    return migrated;
  }

  /** One batch of the room's migration: the entries it copied, 0 once the log holds no content. */
  long step(String roomId) {
    return (Long)
        migrate.run(
            redis,
            List.of(
                RedisKeys.roomLog(roomId),
                RedisKeys.roomContents(roomId),
                RedisKeys.roomLogRewrite(roomId)),
            List.of(Integer.toString(batch)));
  }

  /** The rooms of these log keys whose first entry holds content. */
  private List<String> older(List<String> logKeys) {
    List<String> logs =
        logKeys.stream()
            .filter(key -> key.startsWith(LOG_PREFIX) && key.endsWith(LOG_SUFFIX))
            .toList();
    List<Boolean> older =
        redis.pipelined(
            "read first entries",
            pipeline -> {
              List<Response<List<StreamEntry>>> firsts =
                  logs.stream().map(log -> pipeline.xrange(log, "-", "+", 1)).toList();
              return () ->
                  firsts.stream()
                      .map(first -> first.get().stream().anyMatch(RoomLogMigration::holdsContent))
                      .toList();
            });
    List<String> roomIds = new ArrayList<>();
    for (int i = 0; i < logs.size(); i++) {
      if (older.get(i)) {
        String log = logs.get(i);
        roomIds.add(log.substring(LOG_PREFIX.length(), log.length() - LOG_SUFFIX.length()));
      }
    }
    return roomIds;
  }

  private static boolean holdsContent(StreamEntry entry) {
    return entry.getFields().containsKey("content");
  }
}
