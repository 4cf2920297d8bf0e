package chat.server.bench;

import chat.server.support.ApiClient;
import chat.server.support.RedisClusterNodes;
import chat.server.support.RedisServer;
import chat.server.support.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The servers under test, each in a process of its own: one embedded node, or two nodes sharing a
 * real {@code redis-server}. Data lives under {@code target/bench/} on the real disk (not a tmpfs),
 * so durable acks pay for their fsyncs.
 */
final class BenchCluster implements AutoCloseable {

  /**
   * The bench's settings: rate and socket limits out of the way (every socket comes from one
   * address), the bcrypt cost the scenario asks for, and any settings of its own.
   */
  static Map<String, String> settings(Scenario scenario) {
    Map<String, String> settings = new HashMap<>(scenario.settings());
    settings.putAll(common(scenario.bcryptCost()));
    return settings;
  }

  private static Map<String, String> common(int bcryptCost) {
    return Map.ofEntries(
        Map.entry("BCRYPT_COST", Integer.toString(bcryptCost)),
        Map.entry("MESSAGE_RATE_PER_SECOND", "100000"),
        Map.entry("MESSAGE_BURST", "100000"),
        Map.entry("LOGIN_ATTEMPTS_PER_MINUTE", "100000"),
        Map.entry("LOGINS_PER_ADDRESS_PER_MINUTE", "100000"),
        Map.entry("REGISTRATIONS_PER_ADDRESS_PER_HOUR", "100000"),
        Map.entry("PASSWORD_HASH_QUEUE", "100000"),
        Map.entry("INVITES_PER_USER_PER_MINUTE", "100000"),
        Map.entry("ROOMS_PER_USER_PER_HOUR", "100000"),
        Map.entry("MAX_SOCKETS", "100000"),
        Map.entry("MAX_SOCKETS_PER_ADDRESS", "100000"));
  }

  private final String store;
  private final List<ServerProcess> nodes = new ArrayList<>();
  private final List<Path> dataDirs = new ArrayList<>();
  private Map<String, String> nodeSettings = Map.of();
  private RedisServer redis;
  private RedisClusterNodes cluster;

  private BenchCluster(String store) {
    this.store = store;
  }

  /** The nodes of {@code bench.store=redis}. */
  static final int REDIS_NODES = 2;

  /**
   * {@code nodeCount} nodes sharing a fresh Redis Cluster of three primaries and three replicas
   * ({@link RedisClusterNodes}), for scenarios that compare deployments.
   */
  static BenchCluster onRedisCluster(int nodeCount, Map<String, String> settings, Path workDir)
      throws Exception {
    return started(
        "cluster",
        nodeCount,
        settings,
        workDir,
        servers -> {
          servers.cluster = RedisClusterNodes.start();
          return Map.of("REDIS_CLUSTER", servers.cluster.seeds());
        });
  }

  /**
   * {@code nodeCount} nodes sharing a fresh standalone {@code redis-server}, for scenarios that
   * compare node counts.
   */
  static BenchCluster onRedis(int nodeCount, Map<String, String> settings, Path workDir)
      throws Exception {
    return started(
        "redis",
        nodeCount,
        settings,
        workDir,
        servers -> {
          servers.redis = RedisServer.start();
          return Map.of("REDIS_URL", servers.redis.url().toString());
        });
  }

  /** Starts what the nodes share, which also says how they reach it. */
  private interface SharedStore {
    Map<String, String> start(BenchCluster servers) throws Exception;
  }

  /** Starts the shared store, then the nodes; stops whatever started if anything fails. */
  private static BenchCluster started(
      String store, int nodeCount, Map<String, String> settings, Path workDir, SharedStore shared)
      throws Exception {
    BenchCluster servers = new BenchCluster(store);
    try {
      Map<String, String> env = new HashMap<>(settings);
      env.putAll(shared.start(servers));
      servers.startNodes(nodeCount, env, workDir);
      return servers;
    } catch (Exception e) {
      servers.close();
      throw e;
    }
  }

  private void startNodes(int count, Map<String, String> env, Path workDir) throws Exception {
    nodeSettings = env;
    for (int i = 0; i < count; i++) {
      Path dataDir = Files.createTempDirectory(Files.createDirectories(workDir), "node-");
      dataDirs.add(dataDir);
      nodes.add(ServerProcess.start(dataDir, env));
    }
  }

  /**
   * @param store {@code embedded} (one node) or {@code redis} (two nodes on one Redis)
   * @param settings the nodes' settings, on top of the test settings ({@link #settings})
   */
  static BenchCluster start(String store, Map<String, String> settings, Path workDir)
      throws Exception {
    return switch (store) {
      case "embedded" -> started(store, 1, settings, workDir, servers -> Map.of());
      case "redis" -> onRedis(REDIS_NODES, settings, workDir);
      default -> throw new IllegalArgumentException("bench.store: embedded or redis, not " + store);
    };
  }

  String store() {
    return store;
  }

  int size() {
    return nodes.size();
  }

  String wsUrl(int node) {
    return nodes.get(node).wsUrl();
  }

  /** The node's data dir, on the same disk as the rest of the run's work folder. */
  Path dataDir(int node) {
    return dataDirs.get(node);
  }

  ApiClient api(int node) {
    return nodes.get(node).api();
  }

  List<Long> pids() {
    return nodes.stream().map(ServerProcess::pid).toList();
  }

  /**
   * When a restart stopped the node and started it again.
   *
   * @param stopped when SIGTERM was sent (epoch milliseconds, as each time below)
   * @param started when the new process was started, once the old one had exited
   * @param ready when its {@code /readyz} first answered 200
   */
  record Restart(long stopped, long started, long ready) {}

  /**
   * Stops node {@code node} with SIGTERM and starts it again on its data dir, ports and settings,
   * as an operator's restart does.
   */
  Restart restart(int node) throws Exception {
    ServerProcess old = nodes.get(node);
    URI http = URI.create(old.httpUrl());
    int wsPort = URI.create(old.wsUrl()).getPort();
    Map<String, String> env = new HashMap<>(nodeSettings);
    env.put("PORT", Integer.toString(http.getPort()));
    env.put("WS_PORT", Integer.toString(wsPort));
    long stopped = System.currentTimeMillis();
    old.terminate();
    long started = System.currentTimeMillis();
    ServerProcess fresh = ServerProcess.start(dataDirs.get(node), env);
    nodes.set(node, fresh);
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest readyz = HttpRequest.newBuilder(http.resolve("/readyz")).build();
    long until = started + 60_000;
    while (System.currentTimeMillis() < until) {
      try {
        if (client.send(readyz, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return new Restart(stopped, started, System.currentTimeMillis());
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException("node " + node + " not ready within 60 s of its restart");
  }

  /** The nodes' CPU time and memory added up (Redis's apart: {@link #redisCost}). */
  ProcessCost cost() {
    return ProcessCost.sum(pids());
  }

  /** Redis's own CPU time and memory (every cluster node's), or zero on the embedded store. */
  ProcessCost redisCost() {
    if (cluster != null) {
      return ProcessCost.sum(cluster.pids());
    }
    return redis == null ? new ProcessCost(0, 0) : ProcessCost.of(redis.pid());
  }

  /**
   * Writes what each node printed to {@code directory/NAME-nodeN.log}, for reading what the servers
   * said under load (warnings, reconnects).
   */
  void saveLogs(Path directory, String name) throws IOException {
    Files.createDirectories(directory);
    for (int i = 0; i < nodes.size(); i++) {
      Files.write(directory.resolve(name + "-node" + (i + 1) + ".log"), nodes.get(i).output());
    }
  }

  @Override
  public void close() throws Exception {
    nodes.forEach(ServerProcess::close);
    if (redis != null) {
      redis.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  /** Starts a {@link FloorServer} in a process of its own. */
  static ChildServer startFloor() throws IOException, InterruptedException {
    return startFloor("floor", FloorServer.class);
  }

  /**
   * Starts a floor server ({@link FloorServer}, {@link NettyFloorServer}) in a process of its own.
   */
  static ChildServer startFloor(String name, Class<?> main)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return ChildServer.start(
        name,
        List.of(java, "-cp", System.getProperty("java.class.path"), main.getName()),
        Path.of("."),
        Map.of(),
        "/");
  }
}
