package chat.server.support;

import chat.server.store.RedisTopology;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A real Sentinel deployment on loopback: a primary, one replica of it (or more, to fail over), and
 * three {@code redis-sentinel} processes monitoring the primary as {@value #MASTER_NAME} with a
 * quorum of 2, each on a free port in a temporary directory of its own, stopped (by pid) on {@link
 * #close}. The data nodes run with {@code appendfsync everysec}: with Sentinel an ack waits for the
 * replica, not for the primary's disk.
 *
 * <p>{@link #start} is for tests that never fail over: the sentinels wait 30 s before they call a
 * silent primary down, so that a test JVM paused on a busy machine does not cause a failover nobody
 * asked for. {@link #startForFailover} waits one second, and {@link #awaitReadyToFailOver} until
 * every sentinel knows the other two and the replica, without which they cannot elect a leader and
 * promote it.
 */
public final class SentinelGroup implements AutoCloseable {

  public static final String MASTER_NAME = "chat";

  private static final Duration STARTUP = SentinelProcess.STARTUP;
  private static final Duration FAILOVER = Duration.ofSeconds(30);

  private final List<RedisServer> nodes = new ArrayList<>();
  private final List<SentinelProcess> sentinels = new ArrayList<>();

  /** How the data nodes let clients in, the sentinels among them. */
  private final RedisAccess dataNodes;

  /** How the sentinels do: their own user and password, if any, and their TLS. */
  private final RedisAccess ownAccess;

  private SentinelGroup(RedisAccess dataNodes, RedisAccess ownAccess) {
    this.dataNodes = dataNodes;
    this.ownAccess = ownAccess;
  }

  /** A group whose sentinels wait 30 s before they call the primary down. */
  public static SentinelGroup start() throws IOException, InterruptedException {
    return start(RedisAccess.NONE, RedisAccess.NONE);
  }

  private static SentinelGroup shared;

  /**
   * The group (as {@link #start()} makes it) every test class of this JVM shares, started at the
   * first call and stopped when the JVM exits, as {@link RedisClusterNodes#shared} does for the
   * cluster: five processes started and introduced to each other for every class cost more than
   * most classes' tests. A data node a test stopped is started again before this returns; the
   * caller empties it.
   */
  public static synchronized SentinelGroup shared() throws IOException, InterruptedException {
    if (shared == null) {
      SentinelGroup group = start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      group.close();
                    } catch (IOException | InterruptedException e) {
                      // The JVM is exiting; the processes die with their parent's pipes anyway.
                    }
                  }));
      shared = group;
    }
    for (RedisServer node : shared.nodes) {
      node.ensureRunning();
    }
    return shared;
  }

  /**
   * Like {@link #start()}, with data nodes that require {@code dataNodes} ({@code requirepass}, and
   * {@code masterauth} for the replica; the sentinels' {@code auth-pass}) and sentinels that
   * require {@code sentinels}.
   */
  public static SentinelGroup startWithPasswords(String dataNodes, String sentinels)
      throws IOException, InterruptedException {
    return start(RedisAccess.password(dataNodes), RedisAccess.password(sentinels));
  }

  /**
   * Like {@link #start()}, with data nodes and sentinels that let in only whom {@code access} names
   * ({@code masteruser} for the replica; the sentinels' {@code auth-user} and {@code auth-pass}
   * towards the data nodes, {@code sentinel-user} and {@code sentinel-pass} towards each other), on
   * TLS only if it has certificates.
   */
  public static SentinelGroup start(RedisAccess access) throws IOException, InterruptedException {
    return start(access, access);
  }

  private static SentinelGroup start(RedisAccess dataNodes, RedisAccess sentinels)
      throws IOException, InterruptedException {
    return start(Duration.ofSeconds(30), Duration.ofSeconds(60), 1, dataNodes, sentinels);
  }

  /**
   * A group whose sentinels call a silent primary down after one second, and fail over within a
   * few.
   */
  public static SentinelGroup startForFailover(int replicas)
      throws IOException, InterruptedException {
    return start(
        Duration.ofSeconds(1), Duration.ofSeconds(5), replicas, RedisAccess.NONE, RedisAccess.NONE);
  }

  private static SentinelGroup start(
      Duration downAfter,
      Duration failoverTimeout,
      int replicas,
      RedisAccess dataNodes,
      RedisAccess sentinels)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(SentinelProcess.REDIS_SENTINEL)) {
      throw new IllegalStateException(
          "The Sentinel tests need redis-sentinel at "
              + SentinelProcess.REDIS_SENTINEL
              + ": apt-get install redis-sentinel");
    }
    SentinelGroup group = new SentinelGroup(dataNodes, sentinels);
    try {
      RedisServer primary = RedisServer.start("everysec", dataNodes);
      group.nodes.add(primary);
      for (int i = 0; i < replicas; i++) {
        group.nodes.add(RedisServer.startReplicaOf(primary, "everysec"));
      }
      for (int i = 0; i < 3; i++) {
        group.sentinels.add(
            SentinelProcess.start(
                primary.port(), downAfter, failoverTimeout, group.ownAccess, group.dataNodes));
      }
      return group;
    } catch (IOException | InterruptedException | RuntimeException e) {
      group.close();
      throw e;
    }
  }

  /** The deployment as the nodes are told it: the three sentinels and the master's name. */
  public RedisTopology.Sentinel topology() {
    return new RedisTopology.Sentinel(
        sentinels.stream().map(s -> new RedisTopology.Address("127.0.0.1", s.port())).toList(),
        MASTER_NAME,
        dataNodes.credentials(),
        ownAccess.user(),
        ownAccess.password());
  }

  /** {@code REDIS_SENTINELS} and {@code REDIS_MASTER_NAME} for a node of this group. */
  public Map<String, String> settings() {
    return Map.of(
        "REDIS_SENTINELS",
        String.join(",", topology().sentinels().stream().map(Object::toString).toList()),
        "REDIS_MASTER_NAME",
        MASTER_NAME);
  }

  /** Where the sentinels say the primary is: the first that answers. */
  public HostAndPort primaryAddress() {
    JedisException last = null;
    for (SentinelProcess sentinel : sentinels) {
      try {
        List<String> hostAndPort =
            sentinel.call(jedis -> jedis.sentinelGetMasterAddrByName(MASTER_NAME));
        return new HostAndPort(hostAndPort.get(0), Integer.parseInt(hostAndPort.get(1)));
      } catch (JedisException e) {
        last = e;
      }
    }
    throw new IllegalStateException("no sentinel answers", last);
  }

  /** The data node the sentinels say is the primary. */
  public RedisServer primary() {
    int port = primaryAddress().getPort();
    return nodes.stream()
        .filter(node -> node.port() == port)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the primary is no node of this group"));
  }

  /** Runs {@code commands} on a connection of the test's own to the current primary. */
  public <T> T call(Function<Jedis, T> commands) {
    return primary().call(commands);
  }

  /** Empties the primary, and so its replica. */
  public void flushAll() {
    call(Jedis::flushAll);
  }

  /**
   * Waits until every sentinel knows the two others and the replicas, which the sentinels learn
   * from each other's hello messages every two seconds.
   */
  public void awaitReadyToFailOver() throws InterruptedException {
    awaitAll(
        "know each other and the replicas",
        STARTUP.multipliedBy(3),
        master ->
            "2".equals(master.get("num-other-sentinels"))
                && Integer.toString(nodes.size() - 1).equals(master.get("num-slaves")));
  }

  /** {@code kill -9} of the primary; answers it, to {@link RedisServer#restart} later. */
  public RedisServer killPrimary() throws InterruptedException {
    RedisServer primary = primary();
    primary.kill();
    return primary;
  }

  /**
   * Waits until every sentinel names a primary other than {@code old} and that node says it is a
   * primary; answers it.
   */
  public RedisServer awaitPromotionAwayFrom(RedisServer old) throws InterruptedException {
    String oldPort = Integer.toString(old.port());
    awaitAll("promote a replica", FAILOVER, master -> !oldPort.equals(master.get("port")));
    RedisServer promoted = primary();
    long deadline = System.nanoTime() + FAILOVER.toNanos();
    while (!promoted.call(jedis -> jedis.role().getFirst().toString()).equals("master")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the promoted node never said it is a primary");
      }
      Thread.sleep(50);
    }
    return promoted;
  }

  /**
   * Waits until every sentinel names the same primary and a replica is linked to it: after {@link
   * RedisServer#restart} of a killed primary, the sentinels make it a replica of the one they
   * promoted (or, should they fail over again meanwhile, whichever way they chose). Answers the
   * primary.
   */
  public RedisServer awaitReplicated() throws InterruptedException {
    long deadline = System.nanoTime() + FAILOVER.toNanos();
    while (true) {
      try {
        Set<HostAndPort> named = new HashSet<>();
        for (SentinelProcess sentinel : sentinels) {
          List<String> hostAndPort =
              sentinel.call(jedis -> jedis.sentinelGetMasterAddrByName(MASTER_NAME));
          named.add(new HostAndPort(hostAndPort.get(0), Integer.parseInt(hostAndPort.get(1))));
        }
        if (named.size() == 1) {
          RedisServer primary = primary();
          String replication = primary.call(jedis -> jedis.info("replication"));
          if (replication.contains("role:master") && replication.contains(",state=online,")) {
            return primary;
          }
        }
      } catch (JedisException | IllegalStateException notYet) {
        // a node or sentinel still starting
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "no primary with a replica within " + FAILOVER + "; the sentinels said:\n" + logs());
      }
      Thread.sleep(50);
    }
  }

  private void awaitAll(String what, Duration limit, Predicate<Map<String, String>> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      boolean all = true;
      for (SentinelProcess sentinel : sentinels) {
        try {
          all &= done.test(sentinel.call(jedis -> jedis.sentinelMaster(MASTER_NAME)));
        } catch (JedisException e) {
          all = false;
        }
      }
      if (all) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the sentinels did not " + what + " within " + limit + "; they said:\n" + logs());
      }
      Thread.sleep(50);
    }
  }

  /** What the sentinels logged, each under its port: for the message of a failed wait. */
  private String logs() {
    StringBuilder logs = new StringBuilder();
    for (SentinelProcess sentinel : sentinels) {
      logs.append("sentinel ").append(sentinel.port()).append(":\n");
      try {
        logs.append(Files.readString(sentinel.log()));
      } catch (IOException e) {
        logs.append(e).append('\n');
      }
    }
    return logs.toString();
  }

  /** Stops the sentinels first (so that they promote nothing), then the data nodes. */
  @Override
  public void close() throws IOException, InterruptedException {
    for (SentinelProcess sentinel : sentinels) {
      sentinel.close();
    }
    for (RedisServer node : nodes) {
      node.close();
    }
  }
}
