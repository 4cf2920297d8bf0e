package chat.server.support;

import chat.server.store.RedisTopology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.args.ClientType;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * A real Redis Cluster on loopback: six {@code redis-server} processes ({@link
 * RedisServer#startClusterNode}, each in a temporary directory of its own with {@code appendonly
 * yes} and {@code appendfsync always}) made three primaries with a replica each by {@code redis-cli
 * --cluster create … --cluster-replicas 1}. Started, it says {@code cluster_state:ok} on every node
 * and every replica follows its primary. {@link #close} stops each process by its pid.
 *
 * <p>Making a cluster costs seconds, emptying one nothing: {@link #shared} is one cluster for every
 * test class of a JVM, emptied before each test and stopped when the JVM exits.
 */
public final class RedisClusterNodes implements AutoCloseable {

  /** How long the nodes wait for a silent node before they count it failed. */
  static final Duration NODE_TIMEOUT = Duration.ofSeconds(2);

  private static final Duration STARTUP = Duration.ofSeconds(30);

  private final List<RedisServer> nodes;
  private final RedisAccess access;
  private final RedisClusterClient client;

  private RedisClusterNodes(List<RedisServer> nodes, RedisAccess access) {
    this.nodes = nodes;
    this.access = access;
    Set<HostAndPort> seeds = new HashSet<>();
    nodes.forEach(node -> seeds.add(new HostAndPort("127.0.0.1", node.port())));
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(4);
    this.client =
        RedisClusterClient.builder()
            .nodes(seeds)
            .clientConfig(access.clientConfig((int) STARTUP.toMillis()))
            .poolConfig(pool)
            .build();
  }

  private static RedisClusterNodes shared;

  /**
   * The cluster every test of this JVM shares, started at the first call and stopped (each process
   * by its pid, its folder deleted) when the JVM exits. A node a test killed is started again
   * before this returns, and the cluster has settled.
   */
  public static synchronized RedisClusterNodes shared() throws IOException, InterruptedException {
    if (shared == null) {
      RedisClusterNodes cluster = start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      cluster.close();
                    } catch (IOException | InterruptedException e) {
                      // The JVM is exiting; the processes die with their parent's pipes anyway.
                    }
                  }));
      shared = cluster;
    }
    for (RedisServer node : shared.nodes) {
      node.ensureRunning();
    }
    awaitEveryNode(shared.nodes, RedisClusterNodes::settled);
    return shared;
  }

  /** Starts six nodes and makes them one cluster of three shards. */
  public static RedisClusterNodes start() throws IOException, InterruptedException {
    return start(RedisAccess.NONE);
  }

  /**
   * Like {@link #start()}, with nodes that let in only whom {@code access} names ({@code
   * masteruser} for the replicas), on TLS only, the cluster bus too, if it has certificates.
   */
  public static RedisClusterNodes start(RedisAccess access)
      throws IOException, InterruptedException {
    List<RedisServer> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        nodes.add(RedisServer.startClusterNode(access));
      }
      List<String> command = new ArrayList<>(List.of("redis-cli"));
      command.addAll(access.cliOptions());
      command.addAll(List.of("--cluster", "create"));
      nodes.forEach(node -> command.add("127.0.0.1:" + node.port()));
      command.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
      run(command);
      awaitEveryNode(nodes, RedisClusterNodes::settled);
      return new RedisClusterNodes(nodes, access);
    } catch (IOException | InterruptedException | RuntimeException e) {
      for (RedisServer node : nodes) {
        node.close();
      }
      throw e;
    }
  }

  /** The deployment the stores under test connect to: every node as a seed, signed in. */
  public RedisTopology.Cluster topology() {
    return new RedisTopology.Cluster(
        nodes.stream().map(node -> new RedisTopology.Address("127.0.0.1", node.port())).toList(),
        access.credentials());
  }

  /** Every node, primaries and replicas. */
  public List<RedisServer> nodes() {
    return List.copyOf(nodes);
  }

  /** The nodes' process ids, for reading their CPU time and memory from {@code /proc}. */
  public List<Long> pids() {
    return nodes.stream().map(RedisServer::pid).toList();
  }

  /** {@code REDIS_CLUSTER}'s value for these nodes. */
  public String seeds() {
    return String.join(",", nodes.stream().map(node -> "127.0.0.1:" + node.port()).toList());
  }

  /** Runs {@code commands} through a cluster client of the test's own: keys of any slot work. */
  public <T> T call(Function<UnifiedJedis, T> commands) {
    return commands.apply(client);
  }

  /** Every key of every primary. */
  public Set<String> keys() {
    Set<String> keys = new HashSet<>();
    for (RedisServer node : nodes) {
      keys.addAll(node.call(jedis -> isPrimary(jedis) ? RedisServer.keys(jedis) : Set.of()));
    }
    return keys;
  }

  /** Empties every primary. */
  public void flushAll() {
    for (RedisServer node : nodes) {
      node.call(jedis -> isPrimary(jedis) ? jedis.flushAll() : "");
    }
  }

  /** The running node that is now the primary of {@code key}'s slot. */
  public RedisServer primaryOf(String key) {
    int slot = JedisClusterCRC16.getSlot(key);
    for (RedisServer node : nodes) {
      if (node.isRunning() && node.call(jedis -> isPrimary(jedis) && ownsSlot(jedis, slot))) {
        return node;
      }
    }
    throw new IllegalStateException("no primary serves slot " + slot);
  }

  /** {@code kill -9} of the primary of {@code key}'s slot; answers it, to {@link #revive} later. */
  public RedisServer killPrimaryOf(String key) throws InterruptedException {
    RedisServer primary = primaryOf(key);
    primary.kill();
    return primary;
  }

  /**
   * Waits until {@code key}'s slot has a primary other than {@code killed} and every running node
   * says {@code cluster_state:ok}: the other nodes counted {@code killed} failed (after {@link
   * #NODE_TIMEOUT}) and its replica won the election. Answers the promoted node.
   */
  public RedisServer awaitPromotionAwayFrom(String key, RedisServer killed)
      throws InterruptedException {
    return awaitPrimaryOf(
        key,
        primary ->
            primary != killed
                && nodes.stream()
                    .filter(RedisServer::isRunning)
                    .allMatch(node -> node.call(RedisClusterNodes::settled)),
        "no replica was promoted");
  }

  /**
   * Waits until the primary of {@code key}'s slot has a replica linked to it, the one {@link
   * #revive} brought back, say; answers the primary.
   */
  public RedisServer awaitReplicated(String key) throws InterruptedException {
    return awaitPrimaryOf(
        key,
        primary -> primary.call(jedis -> jedis.info("replication")).contains(",state=online,"),
        "no replica linked to the primary");
  }

  private RedisServer awaitPrimaryOf(String key, Predicate<RedisServer> done, String failure)
      throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (true) {
      try {
        RedisServer primary = primaryOf(key);
        if (done.test(primary)) {
          return primary;
        }
      } catch (JedisException | IllegalStateException notYet) {
        // no primary of the slot yet, or a node still starting
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(failure + " within " + STARTUP);
      }
      Thread.sleep(50);
    }
  }

  /** The replica of {@code key}'s primary. */
  public RedisServer replicaOf(String key) {
    String primaryId = primaryOf(key).call(Jedis::clusterMyId);
    return nodes.stream()
        .filter(
            node ->
                node.call(Jedis::clusterNodes)
                    .lines()
                    .anyMatch(line -> line.contains("myself,slave " + primaryId)))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the primary has no replica"));
  }

  /**
   * {@code CLUSTER FAILOVER} on the replica of {@code key}'s primary: the two swap roles without
   * losing a write, and this returns once every node sees the new primary and the old one follows
   * it.
   */
  public void failOver(String key) throws InterruptedException {
    RedisServer replica = replicaOf(key);
    replica.call(Jedis::clusterFailover);
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (primaryOf(key) != replica || !everyNodeSettled()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the failover did not finish");
      }
      Thread.sleep(50);
    }
  }

  /**
   * The running node a client called {@code name} holds a classic pub/sub connection to (not a
   * sharded one, which it holds to every primary).
   */
  public RedisServer subscribedBy(String name) {
    return nodes.stream()
        .filter(RedisServer::isRunning)
        .filter(
            node ->
                node.call(jedis -> jedis.clientList(ClientType.PUBSUB))
                    .lines()
                    .anyMatch(
                        client ->
                            client.contains(" name=" + name + " ") && !client.contains(" sub=0 ")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no subscriber named " + name));
  }

  /**
   * Starts nodes that were killed again, each on its own files: they rejoin the cluster (a replica
   * now, if its replica was promoted meanwhile), and this returns once every node is settled.
   */
  public void revive(RedisServer... killed) throws InterruptedException {
    for (RedisServer node : killed) {
      node.restart();
    }
    awaitEveryNode(nodes, RedisClusterNodes::settled);
  }

  private boolean everyNodeSettled() {
    return nodes.stream().allMatch(node -> node.call(RedisClusterNodes::settled));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    client.close();
    for (RedisServer node : nodes) {
      node.close();
    }
  }

  /** {@code cluster_state:ok}, and a replica whose link to its primary is up. */
  private static boolean settled(Jedis jedis) {
    String replication = jedis.info("replication");
    return jedis.clusterInfo().contains("cluster_state:ok")
        && (replication.contains("role:master") || replication.contains("master_link_status:up"));
  }

  private static boolean isPrimary(Jedis jedis) {
    return jedis.info("replication").contains("role:master");
  }

  private static boolean ownsSlot(Jedis jedis, int slot) {
    String myself =
        jedis.clusterNodes().lines().filter(line -> line.contains("myself")).findFirst().orElse("");
    String[] fields = myself.split(" ");
    for (int i = 8; i < fields.length; i++) {
      String[] range = fields[i].split("-");
      if (range[0].startsWith("[")) {
        continue;
      }
      int first = Integer.parseInt(range[0]);
      int last = range.length == 2 ? Integer.parseInt(range[1]) : first;
      if (slot >= first && slot <= last) {
        return true;
      }
    }
    return false;
  }

  private static void awaitEveryNode(List<RedisServer> nodes, Function<Jedis, Boolean> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (!nodes.stream().allMatch(node -> node.call(condition))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the cluster did not come up");
      }
      Thread.sleep(50);
    }
  }

  /** Runs {@code command}, and fails with its output unless it exits with 0 in time. */
  static void run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new UncheckedIOException(new IOException(String.join(" ", command) + ":\n" + output));
    }
  }
}
