package chat.server.store.embedded;

import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.server.auth.AuthenticatedUser;
import chat.server.chat.SearchService;
import chat.server.id.Ids;
import chat.server.store.NewMessage;
import chat.server.store.Storage;
import chat.server.store.UserAccount;
import chat.server.store.redis.RedisDurability;
import chat.server.store.redis.RedisStorage;
import chat.server.support.RedisServer;
import chat.server.support.WiredServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The search benchmark (a command, not a test), for either store. It fills a fresh store with
 * generated messages (1,000,000 by default) over 1,000 rooms of 20 members each, then times {@link
 * SearchService#search} (parse, resolve, index, highlight; no socket) for a user in 50 rooms, over
 * five query shapes, and reports what search costs per message: the index's disk pages on the
 * embedded store; on Redis, the growth of {@code used_memory}, which counts the whole message
 * (stream entry, index and sequence sets), not the index alone. Every number is from a seeded
 * generator, so runs are comparable.
 *
 * <p>On Redis the fill appends from 8 threads to a {@code redis-server} this command starts with
 * {@code appendfsync everysec}: the fill's speed is not what is measured, and searching reads the
 * same data whatever the fsync policy.
 *
 * <pre>mvn -B -pl server-core -am -Pbench -DskipTests test [-Dbench.messages=1000000]
 * [-Dbench.store=redis]</pre>
 */
public final class SearchBenchmark {

  private static final int ROOMS = 1_000;
  private static final int USERS = 2_000;
  private static final int MEMBERS_PER_ROOM = 20;
  private static final int SEARCHER_EVERY_NTH_ROOM = ROOMS / 50;
  private static final int BATCH = 20_000;
  private static final int WARMUP = 200;
  private static final int RUNS = 1_000;
  private static final long START = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
  private static final long SPAN = Duration.ofDays(365).toMillis();
  private static final String SEARCHER = "searcher";

  private final Random random = new Random(42);
  private final Vocabulary vocabulary = new Vocabulary(random);
  private final Storage storage;
  private final String searcherId = Ids.user();
  private final List<String> userIds = new ArrayList<>();
  private final List<String> roomIds = new ArrayList<>();

  /** Each room's members other than the searcher, as indexes into {@link #userIds}. */
  private final List<List<Integer>> membersByRoom = new ArrayList<>();

  private final List<String> searcherContents = new ArrayList<>();

  private SearchBenchmark(Storage storage) {
    this.storage = storage;
  }

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String store = args.length > 1 ? args[1] : "embedded";
    System.out.printf("search benchmark: %,d messages on the %s store%n", messages, store);
    if (store.equals("redis")) {
      onRedis(messages);
    } else {
      onEmbedded(messages);
    }
  }

  /** Users and rooms in one transaction, then messages in big ones. */
  private static void onEmbedded(int messages) throws IOException {
    Path dir = Files.createTempDirectory("search-benchmark-");
    try (EmbeddedStorage storage = EmbeddedStorage.open(dir)) {
      SearchBenchmark benchmark = new SearchBenchmark(storage);
      Database db = storage.database();
      long started = System.nanoTime();
      db.inTransaction(benchmark::fillRooms);
      for (int batch = 0; batch < messages; batch += BATCH) {
        int from = batch;
        int to = Math.min(messages, from + BATCH);
        db.inTransaction(
            () -> {
              for (int i = from; i < to; i++) {
                storage.messages().append(benchmark.generate(i, messages));
              }
              return null;
            });
        progress(to);
      }
      reportFill(messages, started);
      benchmark.reportDisk(db, messages);
      benchmark.timeQueries();
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(SearchBenchmark::delete);
      }
    }
  }

  /** The messages are generated first (one seeded sequence), then appended from 8 threads. */
  private static void onRedis(int messages) throws Exception {
    try (RedisServer redis = RedisServer.start("everysec");
        RedisStorage storage = RedisStorage.open(redis.url(), RedisDurability.RELAXED)) {
      SearchBenchmark benchmark = new SearchBenchmark(storage);
      long started = System.nanoTime();
      long memoryBefore = usedMemory(redis);
      benchmark.fillRooms();
      List<NewMessage> generated = new ArrayList<>(messages);
      for (int i = 0; i < messages; i++) {
        generated.add(benchmark.generate(i, messages));
      }
      AtomicInteger next = new AtomicInteger();
      try (ExecutorService writers = Executors.newFixedThreadPool(8)) {
        for (int w = 0; w < 8; w++) {
          writers.execute(
              () -> {
                for (int i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
                  storage.messages().append(generated.get(i));
                  progress(i + 1);
                }
              });
        }
      }
      reportFill(messages, started);
      long grown = usedMemory(redis) - memoryBefore;
      System.out.printf(
          "Redis used_memory grew %,d bytes = %.1f bytes per message (log, index and sets)%n",
          grown, (double) grown / messages);
      benchmark.timeQueries();
    }
  }

  private static long usedMemory(RedisServer redis) {
    String info = redis.call(jedis -> jedis.info("memory"));
    return info.lines()
        .filter(line -> line.startsWith("used_memory:"))
        .mapToLong(line -> Long.parseLong(line.substring("used_memory:".length()).strip()))
        .findFirst()
        .orElseThrow();
  }

  private static void progress(int done) {
    if (done % 100_000 == 0) {
      System.out.printf("  %,d messages%n", done);
    }
  }

  private static void reportFill(int messages, long startedNanos) {
    System.out.printf(
        "filled %,d messages in %d s%n",
        messages, (System.nanoTime() - startedNanos) / 1_000_000_000);
  }

  /** Users, and rooms with members (the searcher in every 20th). */
  private Void fillRooms() {
    storage.users().insert(new UserAccount(searcherId, SEARCHER, "-", 0, 0));
    for (int u = 0; u < USERS; u++) {
      userIds.add(Ids.user());
      storage.users().insert(new UserAccount(userIds.get(u), "user" + u, "-", 0, 0));
    }
    for (int r = 0; r < ROOMS; r++) {
      List<Integer> members = new ArrayList<>();
      while (members.size() < MEMBERS_PER_ROOM) {
        int member = random.nextInt(USERS);
        if (!members.contains(member)) {
          members.add(member);
        }
      }
      List<String> memberIds = new ArrayList<>(members.stream().map(userIds::get).toList());
      if (r % SEARCHER_EVERY_NTH_ROOM == 0) {
        memberIds.add(searcherId);
      }
      roomIds.add(Ids.room());
      Room room =
          new Room(roomIds.get(r), "room " + r, RoomVisibility.PUBLIC, userIds.get(0), 0, 0);
      storage.rooms().create(room, memberIds);
      membersByRoom.add(members);
    }
    return null;
  }

  /** Message {@code i} of {@code total}: a random room, member and sentence, in time order. */
  private NewMessage generate(int i, int total) {
    int room = random.nextInt(ROOMS);
    int sender = membersByRoom.get(room).get(random.nextInt(MEMBERS_PER_ROOM));
    String content = vocabulary.sentence(3 + random.nextInt(18));
    if (room % SEARCHER_EVERY_NTH_ROOM == 0) {
      searcherContents.add(content);
    }
    return new NewMessage(
        roomIds.get(room),
        userIds.get(sender),
        "user" + sender,
        content,
        "c" + i,
        START + SPAN * i / total);
  }

  /** What search costs on disk: the full-text index, and the index of room and time it checks. */
  private void reportDisk(Database database, int messages) {
    Map<String, Long> bytes = new LinkedHashMap<>();
    database
        .query(
            "SELECT name, sum(pgsize) AS size FROM dbstat GROUP BY name",
            row -> Map.entry(row.getString("name"), row.getLong("size")))
        .forEach(table -> bytes.put(table.getKey(), table.getValue()));
    long fullText =
        bytes.entrySet().stream()
            .filter(table -> table.getKey().startsWith("message_search"))
            .mapToLong(Map.Entry::getValue)
            .sum();
    long filter = bytes.getOrDefault("messages_search_filter", 0L);
    System.out.printf(
        "database %,d bytes; search costs %.1f bytes per message: full-text index %.1f,"
            + " filter index %.1f%n",
        bytes.values().stream().mapToLong(Long::longValue).sum(),
        (double) (fullText + filter) / messages,
        (double) fullText / messages,
        (double) filter / messages);
  }

  /** Times searches through the services a server node wires, as a request would reach them. */
  private void timeQueries() {
    try (WiredServices node = WiredServices.on(storage)) {
      timeQueries(node.services().search());
    }
  }

  private void timeQueries(SearchService search) {
    AuthenticatedUser searcher = new AuthenticatedUser(searcherId, SEARCHER, "s");
    Map<String, Supplier<String>> shapes = new LinkedHashMap<>();
    shapes.put("one word", vocabulary::word);
    shapes.put("two words", () -> vocabulary.word() + " " + vocabulary.word());
    shapes.put("phrase", this::phraseFromTheSearchersRooms);
    shapes.put("prefix", () -> vocabulary.word().substring(0, 3) + "*");
    shapes.put("from: + dates", this::fromWithThirtyDays);
    System.out.printf(
        "%-14s %8s %8s %8s %8s %10s   (%d runs each, limit 20)%n",
        "shape", "p50 ms", "p99 ms", "cpu p50", "cpu p99", "mean hits", RUNS);
    shapes.forEach((name, queries) -> time(name, queries, search, searcher));
  }

  /** Warms up, then runs {@link #RUNS} queries of one shape and prints their percentiles. */
  private static void time(
      String shape, Supplier<String> queries, SearchService search, AuthenticatedUser searcher) {
    for (int i = 0; i < WARMUP; i++) {
      search.search(searcher, queries.get(), null, null, 20);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[RUNS];
    long[] cpuNanos = new long[RUNS];
    long hits = 0;
    for (int i = 0; i < RUNS; i++) {
      String query = queries.get();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      hits += search.search(searcher, query, null, null, 20).results().size();
      nanos[i] = System.nanoTime() - start;
      cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
    }
    System.out.printf(
        "%-14s %8.2f %8.2f %8.2f %8.2f %10.1f%n",
        shape,
        percentile(nanos, 50),
        percentile(nanos, 99),
        percentile(cpuNanos, 50),
        percentile(cpuNanos, 99),
        (double) hits / RUNS);
  }

  /** The {@code p}th percentile of the durations, in milliseconds (sorts them). */
  private static double percentile(long[] nanos, int p) {
    Arrays.sort(nanos);
    return nanos[(int) Math.ceil(nanos.length * p / 100.0) - 1] / 1e6;
  }

  /** Two neighbouring words of a message the searcher can see, quoted. */
  private String phraseFromTheSearchersRooms() {
    String[] words = searcherContents.get(random.nextInt(searcherContents.size())).split(" ");
    int at = random.nextInt(words.length - 1);
    return "\"" + words[at] + " " + words[at + 1] + "\"";
  }

  /** A member of one of the searcher's rooms, within a random 30-day window of the year. */
  private String fromWithThirtyDays() {
    List<Integer> members =
        membersByRoom.get(
            SEARCHER_EVERY_NTH_ROOM * random.nextInt(ROOMS / SEARCHER_EVERY_NTH_ROOM));
    int sender = members.get(random.nextInt(MEMBERS_PER_ROOM));
    LocalDate after =
        LocalDate.ofInstant(Instant.ofEpochMilli(START), ZoneOffset.UTC)
            .plusDays(random.nextInt(330));
    return "from:user" + sender + " after:" + after + " before:" + after.plusDays(31);
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
