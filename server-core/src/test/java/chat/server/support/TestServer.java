package chat.server.support;

import chat.server.ChatServer;
import chat.server.ServerConfig;
import chat.server.store.BlobKey;
import chat.server.store.blob.S3BlobStore;
import chat.server.store.blob.S3Settings;
import chat.server.support.ApiClient.Login;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real server a protocol test class talks to, on free loopback ports with its own data,
 * configured through the same environment parsing as production. Register it with
 * {@code @RegisterExtension static final TestServer server = TestServer.create();}.
 *
 * <p>The system property {@value #NODES} chooses what runs behind it: {@code embedded} (the
 * default: one node on the embedded store), {@code redis} (two nodes in this JVM on one {@code
 * redis-server}) or {@code redis-jar} (two processes of the runnable jar on one {@code
 * redis-server}). The Redis they share is the deployment {@link RedisServerExtension#DEPLOYMENT}
 * names: one {@code redis-server} by default, the JVM's {@link SentinelGroup#shared} group with
 * {@code sentinel} and its {@link RedisClusterNodes#shared} cluster with {@code cluster}, each
 * emptied first. With two nodes, {@link #api} and {@link #openSocket} take turns between them, so
 * the same tests check that a client may use either node for anything; their files live in one
 * bucket of the S3-compatible server this JVM shares ({@link S3Server#shared}), as Redis mode
 * needs.
 *
 * <p>Sockets opened through it are closed after each test. bcrypt runs at its lowest cost to keep
 * tests fast; the default cost is covered by the hasher's own test.
 */
public final class TestServer implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

  public static final String NODES = "chat.test.nodes";
  public static final String JWT_SECRET = "test-access-secret-0123456789abcdef0123456789";
  public static final String JWT_REFRESH_SECRET = "test-refresh-secret-0123456789abcdef012345678";

  /** A limit no test reaches by accident. */
  private static final String UNLIMITED = "1000000";

  /**
   * A jar node lives for one test class, a few seconds: compiling with C1 only starts it about
   * twice as fast, and C2's optimizations would not pay for their CPU in that time. What runs is
   * the same jar with the same code paths.
   */
  private static final List<String> JAR_NODE_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

  /** One running server node, in this JVM or not. */
  private record Node(String httpUrl, String wsUrl, AutoCloseable running) {}

  private final String nodes;
  private final String deployment;
  private final Map<String, String> settings;
  private final List<Node> running = new ArrayList<>();
  private final List<SocketClient> sockets = new CopyOnWriteArrayList<>();
  private final List<Path> dataDirs = new ArrayList<>();
  private final AtomicInteger turn = new AtomicInteger();
  private RedisServer redis;
  private S3Settings bucket;

  private TestServer(String nodes, String deployment, Map<String, String> settings) {
    this.nodes = nodes;
    this.deployment = deployment;
    this.settings = Map.copyOf(settings);
  }

  /** The nodes the build asked for with {@value #NODES}; one embedded node by default. */
  public static TestServer create() {
    return create(Map.of());
  }

  /** Like {@link #create()}, with these settings (environment variables) changed. */
  public static TestServer create(Map<String, String> settings) {
    return new TestServer(
        System.getProperty(NODES, "embedded"), RedisServerExtension.deployment(), settings);
  }

  /** Two nodes in this JVM on one standalone {@code redis-server}, whatever the build asked for. */
  public static TestServer twoRedisNodes() {
    return twoRedisNodes(Map.of());
  }

  /** Like {@link #twoRedisNodes()}, with these settings (environment variables) changed. */
  public static TestServer twoRedisNodes(Map<String, String> settings) {
    return new TestServer("redis", "standalone", settings);
  }

  /**
   * The settings tests run with, as environment variables. The limits per address and per user are
   * out of the way, since every test client comes from one loopback address; the tests of those
   * limits set their own.
   */
  public static Map<String, String> environment(Path dataDir) {
    return Map.ofEntries(
        Map.entry("HOST", "127.0.0.1"),
        Map.entry("PORT", "0"),
        Map.entry("DATA_DIR", dataDir.toString()),
        Map.entry("BCRYPT_COST", "4"),
        Map.entry("JWT_SECRET", JWT_SECRET),
        Map.entry("JWT_REFRESH_SECRET", JWT_REFRESH_SECRET),
        // Loopback alone already keeps a server from announcing; this says it outright.
        Map.entry("DISCOVERY", "off"),
        Map.entry("LOGINS_PER_ADDRESS_PER_MINUTE", UNLIMITED),
        Map.entry("REGISTRATIONS_PER_ADDRESS_PER_HOUR", UNLIMITED),
        Map.entry("INVITES_PER_USER_PER_MINUTE", UNLIMITED),
        Map.entry("ROOMS_PER_USER_PER_HOUR", UNLIMITED));
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    switch (nodes) {
      case "embedded" -> running.add(inProcess(Map.of()));
      case "redis" -> {
        Map<String, String> shared = redisAndS3();
        running.add(inProcess(shared));
        running.add(inProcess(shared));
      }
      case "redis-jar" -> {
        Map<String, String> shared = redisAndS3();
        // Both JVMs start at once: most of a class's wait is their start.
        Path first = newDataDir();
        Path second = newDataDir();
        CompletableFuture<Node> other =
            CompletableFuture.supplyAsync(
                () -> fromJar(second, shared), Thread::startVirtualThread);
        try {
          running.add(fromJar(first, shared));
        } finally {
          running.add(other.join()); // closed after the class even when the first did not start
        }
      }
      default ->
          throw new IllegalArgumentException(
              NODES + " must be embedded, redis or redis-jar, not " + nodes);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    sockets.forEach(SocketClient::close);
    sockets.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    for (Node node : running) {
      node.running().close();
    }
    if (redis != null) {
      redis.close();
    }
    for (Path dataDir : dataDirs) {
      deleteTree(dataDir);
    }
  }

  /**
   * The standalone Redis the nodes share (null on the embedded store, with Sentinel and on a
   * cluster), for tests that break it.
   */
  public RedisServer redis() {
    return redis;
  }

  /**
   * Whether the nodes' blob store holds the bytes of that SHA-256: the bucket in Redis mode, else
   * the {@code blobs} folder of the one node's data dir.
   */
  public boolean holdsBlob(String sha256) throws IOException {
    if (bucket == null) {
      return Files.isRegularFile(
          dataDirs.getFirst().resolve("blobs").resolve(sha256.substring(0, 2)).resolve(sha256));
    }
    try (S3BlobStore s3 = S3BlobStore.connect(bucket)) {
      return s3.size(new BlobKey(sha256)).isPresent();
    }
  }

  /** The data dirs of the nodes, in the order they started. */
  public List<Path> dataDirs() {
    return List.copyOf(dataDirs);
  }

  /** Every node's socket URL. */
  public List<String> wsUrls() {
    return running.stream().map(Node::wsUrl).toList();
  }

  /** The first node's socket URL. */
  public String wsUrl() {
    return running.getFirst().wsUrl();
  }

  /** An HTTP client of the next node in turn. */
  public ApiClient api() {
    return new ApiClient(nextNode().httpUrl());
  }

  /**
   * Opens a socket to the next node in turn with this token in the handshake (none when null);
   * closed after the test.
   */
  public SocketClient openSocket(String token) {
    SocketClient socket = SocketClient.connect(nextNode().wsUrl(), token, answerWait());
    sockets.add(socket);
    return socket;
  }

  /** Opens an authenticated socket and waits until the server has taken it. */
  public SocketClient connect(Login login) {
    SocketClient socket = openSocket(login.accessToken());
    socket.ok("ping");
    return socket;
  }

  /** An HTTP client of node {@code index} (0 or 1 with two nodes). */
  public ApiClient api(int index) {
    return new ApiClient(running.get(index).httpUrl());
  }

  /** An authenticated socket to node {@code index}, closed after the test. */
  public SocketClient connect(int index, Login login) {
    SocketClient socket =
        SocketClient.connect(running.get(index).wsUrl(), login.accessToken(), answerWait());
    sockets.add(socket);
    socket.ok("ping");
    return socket;
  }

  /**
   * How long a socket waits for an awaited frame. Jar nodes are JVMs of their own, started cold for
   * each test class and not warmed by the tests before (as in-process nodes are): the first request
   * of a kind runs interpreted and loads its classes, which on a loaded shared machine has taken
   * over {@link SocketClient#TIMEOUT} (a refused {@code message.search}, answered without ever
   * reaching the search). They get three times as long.
   */
  private Duration answerWait() {
    return nodes.equals("redis-jar") ? SocketClient.TIMEOUT.multipliedBy(3) : SocketClient.TIMEOUT;
  }

  private Node nextNode() {
    return running.get(turn.getAndIncrement() % running.size());
  }

  /**
   * The settings of nodes sharing a new Redis deployment (as {@link
   * RedisServerExtension#DEPLOYMENT} says) and a new bucket of a new S3 server.
   */
  private Map<String, String> redisAndS3() throws Exception {
    Map<String, String> shared = new HashMap<>(newRedis());
    bucket = S3Server.shared().newBucket();
    shared.putAll(filesIn(bucket));
    return shared;
  }

  /** The settings that keep a node's files in {@code bucket}. */
  static Map<String, String> filesIn(S3Settings bucket) {
    return Map.of(
        "FILES_S3_ENDPOINT",
        bucket.endpoint(),
        "FILES_S3_REGION",
        bucket.region(),
        "FILES_S3_BUCKET",
        bucket.bucket(),
        "FILES_S3_ACCESS_KEY",
        bucket.accessKey(),
        "FILES_S3_SECRET_KEY",
        bucket.secretKey());
  }

  private Map<String, String> newRedis() throws Exception {
    return switch (deployment) {
      case "standalone" -> {
        redis = RedisServer.start();
        yield Map.of("REDIS_URL", redis.url().toString());
      }
      case "sentinel" -> {
        SentinelGroup sentinels = SentinelGroup.shared();
        sentinels.flushAll();
        yield sentinels.settings();
      }
      case "cluster" -> {
        RedisClusterNodes cluster = RedisClusterNodes.shared();
        cluster.flushAll();
        yield Map.of("REDIS_CLUSTER", cluster.seeds());
      }
      default ->
          throw new IllegalArgumentException(
              RedisServerExtension.DEPLOYMENT
                  + " must be standalone, sentinel or cluster, not "
                  + deployment);
    };
  }

  private Node inProcess(Map<String, String> shared) throws Exception {
    Map<String, String> env = new HashMap<>(environment(newDataDir()));
    env.putAll(settings);
    env.putAll(shared);
    ChatServer server = ChatServer.start(ServerConfig.fromEnvironment(env));
    return new Node(
        "http://127.0.0.1:" + server.httpPort(),
        "ws://127.0.0.1:" + server.wsPort() + "/ws",
        server);
  }

  /** The jar the build just packaged; this mode runs after {@code package}. */
  private Node fromJar(Path dataDir, Map<String, String> shared) {
    Path jar = Path.of("target", "chat-server.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no " + jar.toAbsolutePath() + ": run after mvn package");
    }
    Map<String, String> env = new HashMap<>(settings);
    env.putAll(shared);
    List<String> options = new ArrayList<>(JAR_NODE_JVM_OPTIONS);
    options.addAll(JarNodeArchive.options(jar));
    ServerProcess process = ServerProcess.startJar(jar, dataDir, env, options);
    return new Node(process.httpUrl(), process.wsUrl(), process);
  }

  private Path newDataDir() throws IOException {
    Path dataDir = Files.createTempDirectory("chat-test-");
    dataDirs.add(dataDir);
    return dataDir;
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(TestServer::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
