package chat.server.store.redis;

import chat.protocol.model.Message;
import chat.protocol.search.SearchTerm;
import chat.protocol.search.SearchText;
import chat.server.store.FileKind;
import chat.server.store.MessageQuery;
import chat.server.store.SearchIndex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;

/**
 * Search on the inverted index that {@code append-message.lua} keeps under each room's hash tag:
 * per folded word, the room's messages holding it ({@link RedisKeys#roomWordMessages}, scored by
 * timestamp), a message's words being its content's and its files' names' ({@link
 * SearchText#indexedWords}); the room's words ({@link RedisKeys#roomWords}, for prefixes); per
 * sender, their messages ({@link RedisKeys#roomSenderMessages}); per kind of file, the messages
 * with one ({@link RedisKeys#roomFileKindMessages}).
 *
 * <p><b>How a search runs.</b> Every term contributes its words, each a group of keys of which a
 * message must be in at least one: a plain word is a group of one key; the last word of a prefix
 * term is the group of the room's words with that prefix (ZRANGE BYLEX on the dictionary, at most
 * {@value #MAX_PREFIX_WORDS} of them in byte order: a prefix that broad finds only messages holding
 * those). Each kind of file asked for ({@code has:}) is a group of one key, like a plain word, so a
 * search of kinds alone walks the smallest kind's set. One pipelined round trip over all the rooms
 * sizes the plain words and kinds (ZCARD) and expands the prefixes; a room where any group is empty
 * cannot match and is dropped. Each room is then walked newest first from its smallest plain word's
 * set, within the time range (ZREVRANGEBYSCORE), or, with only prefix groups, from each key of the
 * smallest group. Rather than ZINTER, which would build the whole intersection of two common words,
 * each chunk of candidates is checked against the other groups and the senders with ZMSCORE, and
 * only survivors' entries are read; the walk stops at the limit, so a search costs about its
 * results, not the room's size. The entries read are judged whole in Java, with {@link
 * SearchTerm#isIn} on {@link SearchText}'s words (phrases: consecutive words; prefixes; the same
 * definition the index was built with), each term in the content's words or in the files' names',
 * the kinds of its files, sender and time. Without words or kinds, a walk reads each asked sender's
 * messages, or without senders the log itself.
 *
 * <p><b>Order.</b> Rooms are walked side by side, one pipeline per phase for all of them, each
 * keeping up to the limit; the union is ordered newest first by timestamp, then by entry id, then
 * by room id (two rooms' logs can give out one entry id), and cut at the limit. Within one room,
 * messages of one same timestamp are walked in entry-id byte order, so at the limit's edge such a
 * tie may keep a different one of them than a strict id order would.
 *
 * <p><b>Next pages.</b> A query's {@code before} message is a position in that order: word walks
 * start at its timestamp, and every walk keeps only messages that sort after it. Pages neither
 * repeat nor skip a message as long as a room's timestamps rise with its log, as they do on one
 * node; with clocks that differ between nodes, a walk in log order (a search without words) may
 * stop before a message that sorts earlier than where the next page starts.
 */
final class RedisSearchIndex implements SearchIndex {

  /** The most words a prefix stands for, per room. */
  static final int MAX_PREFIX_WORDS = 50;

  private static final Comparator<Message> NEWEST_FIRST =
      Comparator.comparingLong(Message::timestamp)
          .thenComparingLong(message -> entryId(message)[0])
          .thenComparingLong(message -> entryId(message)[1])
          .thenComparing(Message::roomId)
          .reversed();

  private final Redis redis;

  RedisSearchIndex(Redis redis) {
    this.redis = redis;
  }

  @Override
  public List<Message> search(MessageQuery query) {
    List<SearchScan> scans =
        query.terms().isEmpty() && query.has().isEmpty()
            ? unindexedScans(query)
            : indexedScans(query);
    Predicate<Message> matches = matcher(query);
    List<SearchScan> active = new ArrayList<>(scans);
    while (!active.isEmpty()) {
      walkOneChunk(active, matches, query.limit());
      active.removeIf(SearchScan::done);
    }
    Map<String, Message> distinct = new LinkedHashMap<>();
    scans.forEach(scan -> scan.found().forEach(m -> distinct.putIfAbsent(m.messageId(), m)));
    return distinct.values().stream().sorted(NEWEST_FIRST).limit(query.limit()).toList();
  }

  private void walkOneChunk(List<SearchScan> scans, Predicate<Message> matches, int limit) {
    redis.pipelined("search candidates", queueing(scans, SearchScan::queueChunk));
    redis.pipelined("search checks", queueing(scans, SearchScan::queueChecks));
    redis.pipelined("search entries", queueing(scans, SearchScan::queueFetch));
    redis.pipelined("search messages", queueing(scans, SearchScan::queueMessages));
    scans.forEach(scan -> scan.keep(matches, limit));
  }

  /** Queues one phase of every scan on one pipeline. */
  private static Function<AbstractPipeline, Supplier<Void>> queueing(
      List<SearchScan> scans, BiConsumer<SearchScan, AbstractPipeline> phase) {
    return pipeline -> {
      scans.forEach(scan -> phase.accept(scan, pipeline));
      return () -> null;
    };
  }

  /** What every found message must be: the whole query, checked on the message itself. */
  private static Predicate<Message> matcher(MessageQuery query) {
    return message -> {
      if (message.timestamp() < query.sentFrom() || message.timestamp() >= query.sentBefore()) {
        return false;
      }
      if (!query.senderIds().isEmpty() && !query.senderIds().contains(message.senderId())) {
        return false;
      }
      if (query.before() != null && NEWEST_FIRST.compare(message, query.before()) <= 0) {
        return false;
      }
      if (!query.admitsFilesOf(FileKind.of(message.attachments()))) {
        return false;
      }
      List<String> words = SearchText.messageWords(message.content());
      List<String> names = SearchText.fileWords(message.attachments());
      return query.terms().stream().allMatch(term -> term.isIn(words) || term.isIn(names));
    };
  }

  private static List<SearchScan> unindexedScans(MessageQuery query) {
    List<SearchScan> scans = new ArrayList<>();
    for (String roomId : query.roomIds()) {
      if (query.senderIds().isEmpty()) {
        scans.add(SearchScan.overLog(roomId));
      }
      for (String senderId : query.senderIds()) {
        String key = RedisKeys.roomSenderMessages(roomId, senderId);
        scans.add(SearchScan.overSet(roomId, key, "+inf", "-inf", List.of()));
      }
    }
    return scans;
  }

  /**
   * The keys one query word stands for in a room, of which a message must be in at least one, and
   * how many messages they hold (for a prefix, a rank after every plain word: its keys are walked
   * only when the query has no plain word).
   */
  private record WordKeys(List<String> keys, long size) {
    boolean matchesNothing() {
      return keys.isEmpty() || size == 0;
    }
  }

  /** Looks every room's words up in one round trip, then plans each room's walks. */
  private List<SearchScan> indexedScans(MessageQuery query) {
    List<String> rooms = List.copyOf(query.roomIds());
    List<List<Response<?>>> lookUps =
        redis.pipelined(
            "search words",
            pipeline -> {
              List<List<Response<?>>> perRoom =
                  rooms.stream().map(roomId -> lookUpWords(pipeline, roomId, query)).toList();
              return () -> perRoom;
            });
    List<SearchScan> scans = new ArrayList<>();
    for (int r = 0; r < rooms.size(); r++) {
      String roomId = rooms.get(r);
      scans.addAll(roomScans(roomId, query, wordKeys(roomId, query, lookUps.get(r))));
    }
    return scans;
  }

  /**
   * For each word of the query, in order: how many of the room's messages hold it (ZCARD), or for
   * the last word of a prefix term, the room's words it begins; then for each kind of file asked
   * for ({@link #kinds}), how many of the room's messages have one.
   */
  private static List<Response<?>> lookUpWords(
      AbstractPipeline pipeline, String roomId, MessageQuery query) {
    List<Response<?>> replies = new ArrayList<>();
    kinds(query)
        .forEach(kind -> replies.add(pipeline.zcard(RedisKeys.roomFileKindMessages(roomId, kind))));
    for (SearchTerm term : query.terms()) {
      List<String> words = term.words();
      for (int i = 0; i < words.size(); i++) {
        boolean isPrefix = term.prefix() && i == words.size() - 1;
        replies.add(
            isPrefix
                ? wordsBeginningWith(pipeline, roomId, words.get(i))
                : pipeline.zcard(RedisKeys.roomWordMessages(roomId, words.get(i))));
      }
    }
    return replies;
  }

  private static Response<List<byte[]>> wordsBeginningWith(
      AbstractPipeline pipeline, String roomId, String prefix) {
    byte[][] range = NameEntries.exactPrefixRange(prefix);
    return pipeline.zrangeByLex(
        RedisKeys.roomWords(roomId).getBytes(StandardCharsets.UTF_8),
        range[0],
        range[1],
        0,
        MAX_PREFIX_WORDS);
  }

  /**
   * The keys of each kind of file and each query word in the room, from the replies of {@link
   * #lookUpWords}.
   */
  private static List<WordKeys> wordKeys(
      String roomId, MessageQuery query, List<Response<?>> replies) {
    List<WordKeys> keys = new ArrayList<>();
    List<FileKind> kinds = kinds(query);
    for (int k = 0; k < kinds.size(); k++) {
      String key = RedisKeys.roomFileKindMessages(roomId, kinds.get(k));
      keys.add(new WordKeys(List.of(key), (Long) replies.get(k).get()));
    }
    List<String> words = query.terms().stream().flatMap(term -> term.words().stream()).toList();
    for (int i = 0; i < words.size(); i++) {
      Object reply = replies.get(kinds.size() + i).get();
      if (reply instanceof Long count) {
        keys.add(new WordKeys(List.of(RedisKeys.roomWordMessages(roomId, words.get(i))), count));
      } else {
        List<String> expansion = expansion(roomId, (List<?>) reply);
        keys.add(new WordKeys(expansion, Long.MAX_VALUE - MAX_PREFIX_WORDS + expansion.size()));
      }
    }
    return keys;
  }

  /**
   * A room's walks, one per key of its smallest word, each checked against the other words and the
   * senders; none when some word has no message in the room.
   */
  private static List<SearchScan> roomScans(
      String roomId, MessageQuery query, List<WordKeys> words) {
    if (words.stream().anyMatch(WordKeys::matchesNothing)) {
      return List.of();
    }
    WordKeys smallest = words.stream().min(Comparator.comparingLong(WordKeys::size)).orElseThrow();
    List<List<String>> checks = new ArrayList<>();
    words.stream().filter(word -> word != smallest).forEach(word -> checks.add(word.keys()));
    if (!query.senderIds().isEmpty()) {
      checks.add(
          query.senderIds().stream().map(s -> RedisKeys.roomSenderMessages(roomId, s)).toList());
    }
    String max = upperScore(query);
    String min = Long.toString(query.sentFrom());
    return smallest.keys().stream()
        .map(key -> SearchScan.overSet(roomId, key, max, min, checks))
        .toList();
  }

  /**
   * The highest timestamp a word walk reads: before {@code before:}, and for a next page not after
   * its cursor's (inclusive: messages of that same millisecond may still come after the cursor).
   */
  private static String upperScore(MessageQuery query) {
    if (query.before() != null && query.before().timestamp() < query.sentBefore()) {
      return Long.toString(query.before().timestamp());
    }
    return "(" + query.sentBefore();
  }

  /** The kinds of file the query asks for, in one order for looking them up and reading them. */
  private static List<FileKind> kinds(MessageQuery query) {
    return query.has().stream().sorted().toList();
  }

  private static List<String> expansion(String roomId, List<?> words) {
    return words.stream()
        .map(word -> new String((byte[]) word, StandardCharsets.UTF_8))
        .map(word -> RedisKeys.roomWordMessages(roomId, word))
        .toList();
  }

  /** The {@code [ms, seq]} of a message's entry id: its order within its room's log. */
  private static long[] entryId(Message message) {
    String id = message.messageId().substring(message.messageId().lastIndexOf('/') + 1);
    int dash = id.indexOf('-');
    return new long[] {
      Long.parseLong(id.substring(0, dash)), Long.parseLong(id.substring(dash + 1))
    };
  }
}
