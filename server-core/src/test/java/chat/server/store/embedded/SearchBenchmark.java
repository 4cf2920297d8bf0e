package chat.server.store.embedded;

import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.server.auth.AuthenticatedUser;
import chat.server.chat.DelayedTasks;
import chat.server.chat.PresenceService;
import chat.server.chat.RoomService;
import chat.server.chat.SearchService;
import chat.server.chat.UserDirectory;
import chat.server.store.NewMessage;
import chat.server.store.Storage;
import chat.server.store.redis.RedisStorage;
import chat.server.support.RedisServer;
import chat.server.store.UserAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
 * five query shapes, and reports what the search index costs per message: the index's disk pages
 * on the embedded store; on Redis, the growth of {@code used_memory}, which counts the whole
 * message (stream entry, index sets, sequence sets), not the index alone. Every number is from a
 * seeded generator, so runs are comparable.
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
  private final List<List<String>> membersByRoom = new ArrayList<>();
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

  private static void onEmbedded(int messages) throws IOException {
    Path dir = Files.createTempDirectory("search-benchmark-");
    try (EmbeddedStorage storage = EmbeddedStorage.open(dir)) {
      SearchBenchmark benchmark = new SearchBenchmark(storage);
      long started = System.nanoTime();
      storage
          .database()
          .inTransaction(
              () -> {
                benchmark.fillRooms();
                return null;
              });
      for (int batch = 0; batch < messages; batch += BATCH) {
        int from = batch;
        int to = Math.min(messages, from + BATCH);
        storage.database().inTransaction(() -> benchmark.appendRange(from, to, messages));
        progress(to);
      }
      reportFill(messages, started);
      benchmark.reportDisk(storage.database(), messages);
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
        RedisStorage storage = RedisStorage.open(redis.url())) {
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
                  if ((i + 1) % 100_000 == 0) {
                    progress(i + 1);
                  }
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
        "filled %,d messages in %d s%n", messages, (System.nanoTime() - startedNanos) / 1_000_000_000);
  }

  /** Users, and rooms with members (the searcher in every 20th). */
  private void fillRooms() {
    storage.users().insert(new UserAccount(SEARCHER, SEARCHER, "-", 0, 0));
              for (int u = 0; u < USERS; u++) {
                storage.users().insert(new UserAccount("u" + u, "user" + u, "-", 0, 0));
              }
              for (int r = 0; r < ROOMS; r++) {
                List<String> members = new ArrayList<>();
                while (members.size() < MEMBERS_PER_ROOM) {
                  String member = "u" + random.nextInt(USERS);
                  if (!members.contains(member)) {
                    members.add(member);
                  }
                }
                if (r % SEARCHER_EVERY_NTH_ROOM == 0) {
                  members.add(SEARCHER);
                }
                storage
                    .rooms()
                    .create(
                        new Room("r" + r, "room " + r, RoomVisibility.PUBLIC, "u0", 0, 0), members);
                membersByRoom.add(members);
    }
  }

  private Void appendRange(int from, int to, int total) {
    for (int i = from; i < to; i++) {
      storage.messages().append(generate(i, total));
    }
    return null;
  }

  /** Message {@code i} of {@code total}: a random room, member and sentence, in time order. */
  private NewMessage generate(int i, int total) {
    int room = random.nextInt(ROOMS);
    List<String> members = membersByRoom.get(room);
    String sender = members.get(random.nextInt(MEMBERS_PER_ROOM));
    String content = vocabulary.sentence(3 + random.nextInt(18));
    if (room % SEARCHER_EVERY_NTH_ROOM == 0) {
      searcherContents.add(content);
    }
    return new NewMessage("r" + room, sender, sender, content, "c" + i, START + SPAN * i / total);
  }

  private void reportDisk(Database database, int messages) {
    List<Map.Entry<String, Long>> tables =
        database
            .query(
                "SELECT name, sum(pgsize) AS size FROM dbstat GROUP BY name",
                row -> Map.entry(row.getString("name"), row.getLong("size")));
    long index =
        tables.stream()
            .filter(table -> table.getKey().startsWith("message_search"))
            .mapToLong(Map.Entry::getValue)
            .sum();
    long all = tables.stream().mapToLong(Map.Entry::getValue).sum();
    System.out.printf(
        "database %,d bytes; search index %,d bytes = %.1f bytes per message%n",
        all, index, (double) index / messages);
  }

  private void timeQueries() {
    DelayedTasks tasks = new DelayedTasks();
    Clock clock = Clock.systemUTC();
    PresenceService presence =
        new PresenceService(
            storage.presence(),
            storage.users(),
            storage.rooms(),
            storage.events(),
            tasks,
            Duration.ZERO,
            clock);
    UserDirectory users = new UserDirectory(storage.users(), presence);
    RoomService rooms =
        new RoomService(
            storage.rooms(),
            storage.messages(),
            storage.readCursors(),
            users,
            storage.events(),
            clock);
    SearchService search = new SearchService(storage.search(), rooms, storage.users());
    AuthenticatedUser searcher = new AuthenticatedUser(SEARCHER, SEARCHER, "s");
    Map<String, Supplier<String>> shapes = new LinkedHashMap<>();
    shapes.put("one word", vocabulary::word);
    shapes.put("two words", () -> vocabulary.word() + " " + vocabulary.word());
    shapes.put("phrase", this::phraseFromTheSearchersRooms);
    shapes.put("prefix", () -> vocabulary.word().substring(0, 3) + "*");
    shapes.put("from: + dates", this::fromWithThirtyDays);
    System.out.printf(
        "%-14s %9s %9s %11s  (%d runs each, limit 20)%n",
        "shape", "p50 ms", "p99 ms", "mean hits", RUNS);
    shapes.forEach(
        (name, queries) -> {
          for (int i = 0; i < WARMUP; i++) {
            search.search(searcher, queries.get(), null, 20);
          }
          long[] nanos = new long[RUNS];
          long hits = 0;
          for (int i = 0; i < RUNS; i++) {
            String query = queries.get();
            long start = System.nanoTime();
            hits += search.search(searcher, query, null, 20).size();
            nanos[i] = System.nanoTime() - start;
          }
          Arrays.sort(nanos);
          System.out.printf(
              "%-14s %9.2f %9.2f %11.1f%n",
              name,
              nanos[RUNS / 2] / 1e6,
              nanos[(int) Math.ceil(RUNS * 0.99) - 1] / 1e6,
              (double) hits / RUNS);
        });
    tasks.close();
  }

  /** Two neighbouring words of a message the searcher can see, quoted. */
  private String phraseFromTheSearchersRooms() {
    String[] words = searcherContents.get(random.nextInt(searcherContents.size())).split(" ");
    int at = random.nextInt(words.length - 1);
    return "\"" + words[at] + " " + words[at + 1] + "\"";
  }

  /** A member of one of the searcher's rooms, within a random 30-day window of the year. */
  private String fromWithThirtyDays() {
    List<String> members =
        membersByRoom.get(
            SEARCHER_EVERY_NTH_ROOM * random.nextInt(ROOMS / SEARCHER_EVERY_NTH_ROOM));
    String sender = members.get(random.nextInt(MEMBERS_PER_ROOM));
    LocalDate after =
        LocalDate.ofInstant(Instant.ofEpochMilli(START), ZoneOffset.UTC)
            .plusDays(random.nextInt(330));
    return "from:user" + sender.substring(1) + " after:" + after + " before:" + after.plusDays(31);
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
