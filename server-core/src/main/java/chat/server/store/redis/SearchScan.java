package chat.server.store.redis;

import chat.protocol.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.resps.StreamEntry;

/**
 * One walk, newest first and a chunk at a time, over one room's candidates for a search: either a
 * sorted set of entry ids (a word's messages, within the time range; or a sender's), whose
 * candidates must also be in some key of each of the {@code checks} groups (ZMSCORE) before their
 * entries are read; or, when the search has neither words nor senders, the room's log itself. Every
 * entry read is then judged whole by the caller's predicate (phrases, prefixes, senders, time), so
 * the index only has to narrow, never to decide.
 *
 * <p>A round is three phases, each queued on a pipeline shared by every scan of the search: {@link
 * #queueChunk}, {@link #queueChecks}, {@link #queueFetch}; then {@link #keep}. A chunk is at most
 * {@value #CHUNK} candidates, so no single command makes Redis work long, however large the room.
 */
final class SearchScan {

  static final int CHUNK = 200;

  private final String roomId;
  private final String driverKey;
  private final String max;
  private final String min;
  private final List<List<String>> checks;
  private final List<Message> found = new ArrayList<>();
  private int offset;
  private String logEnd = "+";
  private boolean done;
  private Response<List<String>> chunk;
  private Response<List<StreamEntry>> logChunk;
  private List<List<Response<List<Double>>>> checkReplies = List.of();
  private List<Response<List<StreamEntry>>> fetched = List.of();

  private SearchScan(
      String roomId, String driverKey, String max, String min, List<List<String>> checks) {
    this.roomId = roomId;
    this.driverKey = driverKey;
    this.max = max;
    this.min = min;
    this.checks = List.copyOf(checks);
  }

  /** Walks {@code key}'s members scored from {@code max} down to {@code min} (ZRANGE bounds). */
  static SearchScan overSet(
      String roomId, String key, String max, String min, List<List<String>> checks) {
    return new SearchScan(roomId, key, max, min, checks);
  }

  /** Walks the whole log of the room. */
  static SearchScan overLog(String roomId) {
    return new SearchScan(roomId, null, null, null, List.of());
  }

  boolean done() {
    return done;
  }

  List<Message> found() {
    return found;
  }

  void queueChunk(AbstractPipeline pipeline) {
    if (driverKey == null) {
      logChunk = pipeline.xrevrange(RedisKeys.roomLog(roomId), logEnd, "-", CHUNK);
    } else {
      chunk = pipeline.zrevrangeByScore(driverKey, max, min, offset, CHUNK);
    }
  }

  void queueChecks(AbstractPipeline pipeline) {
    if (driverKey == null || checks.isEmpty() || chunk.get().isEmpty()) {
      checkReplies = List.of();
      return;
    }
    String[] candidates = chunk.get().toArray(String[]::new);
    checkReplies =
        checks.stream()
            .map(group -> group.stream().map(key -> pipeline.zmscore(key, candidates)).toList())
            .toList();
  }

  void queueFetch(AbstractPipeline pipeline) {
    if (driverKey == null) {
      return;
    }
    String log = RedisKeys.roomLog(roomId);
    fetched = new ArrayList<>();
    List<String> candidates = chunk.get();
    for (int i = 0; i < candidates.size(); i++) {
      if (passesChecks(i)) {
        fetched.add(pipeline.xrange(log, candidates.get(i), candidates.get(i), 1));
      }
    }
  }

  /**
   * Keeps the chunk's messages (read whole by {@code messages}) that {@code matches} and are not
   * deleted, up to {@code limit} in all; moves on.
   */
  void keep(RedisMessages messages, Predicate<Message> matches, int limit) {
    List<StreamEntry> entries = new ArrayList<>();
    int read;
    if (driverKey == null) {
      entries.addAll(logChunk.get());
      read = entries.size();
      if (read > 0) {
        logEnd = "(" + entries.getLast().getID();
      }
    } else {
      fetched.forEach(reply -> entries.addAll(reply.get()));
      read = chunk.get().size();
      offset += read;
    }
    for (Message message : messages.of(roomId, entries)) {
      if (found.size() < limit && message.deleted() == null && matches.test(message)) {
        found.add(message);
      }
    }
    done = read < CHUNK || found.size() >= limit;
  }

  /** Whether the {@code i}th candidate is in some key of every check group. */
  private boolean passesChecks(int i) {
    return checkReplies.stream()
        .allMatch(group -> group.stream().anyMatch(reply -> reply.get().get(i) != null));
  }
}
