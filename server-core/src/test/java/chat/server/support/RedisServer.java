package chat.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * A real {@code redis-server} on a free loopback port in a fresh temporary directory, with the
 * durability the adapter documents ({@code appendonly yes}, {@code appendfsync always}, no
 * snapshots). Tests of failures can {@link #kill} it, {@link #pause} it, and {@link #restart} it on
 * the same directory and port. {@link RedisServerExtension} runs one per test class. {@link
 * #startReplicaOf} starts a replica of another, which {@link #promote} makes a primary.
 */
public final class RedisServer implements AutoCloseable {

  private static final Path REDIS_SERVER = Path.of("/usr/bin/redis-server");
  private static final Duration STARTUP = Duration.ofSeconds(10);

  private String appendfsync = "always";
  private List<String> arguments = List.of();
  private RedisAccess access = RedisAccess.NONE;
  private Path dir;
  private int port;
  private Process process;

  private RedisServer() {}

  /** Starts a fresh, empty Redis that fsyncs its append-only file on every write. */
  public static RedisServer start() throws IOException, InterruptedException {
    return start("always");
  }

  /** Starts a fresh, empty Redis with this {@code appendfsync} policy. */
  public static RedisServer start(String appendfsync) throws IOException, InterruptedException {
    return startIn(Files.createTempDirectory("redis-test-"), appendfsync);
  }

  /**
   * Starts a fresh Redis keeping its files in {@code dir} (which must exist and be empty), with
   * this {@code appendfsync} policy; {@link #close} deletes {@code dir}.
   */
  public static RedisServer startIn(Path dir, String appendfsync)
      throws IOException, InterruptedException {
    return startIn(dir, appendfsync, List.of(), RedisAccess.NONE);
  }

  /**
   * Starts a fresh Redis with this {@code appendfsync} policy that lets in only whom {@code access}
   * names, on TLS only if it has certificates, and signs in so to a primary it replicates.
   */
  public static RedisServer start(String appendfsync, RedisAccess access)
      throws IOException, InterruptedException {
    return startIn(Files.createTempDirectory("redis-test-"), appendfsync, List.of(), access);
  }

  /**
   * Starts a fresh replica of {@code primary} ({@code --replicaof}), fsyncing on every write, and
   * waits until it has the primary's data and follows its writes.
   */
  public static RedisServer startReplicaOf(RedisServer primary)
      throws IOException, InterruptedException {
    return startReplicaOf(primary, "always");
  }

  /**
   * Like {@link #startReplicaOf(RedisServer)}, with this {@code appendfsync} policy; with the
   * primary's {@link RedisAccess}.
   */
  public static RedisServer startReplicaOf(RedisServer primary, String appendfsync)
      throws IOException, InterruptedException {
    RedisServer replica =
        startIn(
            Files.createTempDirectory("redis-replica-"),
            appendfsync,
            List.of("--replicaof", "127.0.0.1", Integer.toString(primary.port)),
            primary.access);
    replica.awaitLinkUp();
    long confirmed =
        primary.call(
            jedis -> {
              jedis.set("test:replica-probe", "");
              return jedis.waitReplicas(1, STARTUP.toMillis());
            });
    if (confirmed < 1) {
      throw new IllegalStateException("replica on port " + replica.port + " confirms no write");
    }
    return replica;
  }

  /**
   * Starts a fresh, empty node for a Redis Cluster ({@code cluster-enabled yes}, its cluster bus on
   * a free port of its own, with TLS if {@code access} has certificates), fsyncing on every write;
   * {@link RedisClusterNodes} makes a cluster of such nodes.
   */
  public static RedisServer startClusterNode(RedisAccess access)
      throws IOException, InterruptedException {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--cluster-enabled",
                "yes",
                "--cluster-config-file",
                "nodes.conf",
                "--cluster-node-timeout",
                Long.toString(RedisClusterNodes.NODE_TIMEOUT.toMillis()),
                "--cluster-port",
                Integer.toString(freePort())));
    if (access.tls().isPresent()) {
      arguments.addAll(List.of("--tls-cluster", "yes"));
    }
    return startIn(Files.createTempDirectory("redis-cluster-"), "always", arguments, access);
  }

  private static RedisServer startIn(
      Path dir, String appendfsync, List<String> arguments, RedisAccess access)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(REDIS_SERVER)) {
      throw new IllegalStateException(
          "The Redis tests need redis-server at "
              + REDIS_SERVER
              + ": apt-get install redis-server");
    }
    RedisServer server = new RedisServer();
    server.appendfsync = appendfsync;
    server.arguments = arguments;
    server.access = access;
    server.dir = dir;
    // The port was free a moment ago; another test JVM may have taken it since (one of its
    // connections, or its own Redis). Then this Redis cannot bind and exits: take another port.
    for (int attempt = 1; ; attempt++) {
      server.port = freePort();
      try {
        server.launch();
        return server;
      } catch (IllegalStateException exited) {
        if (server.process.isAlive() || attempt == 3) {
          throw exited;
        }
      }
    }
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  /** Starts Redis again if something killed it. */
  public void ensureRunning() throws InterruptedException {
    if (!process.isAlive()) {
      launch();
    }
  }

  /** Stops Redis and deletes its directory. */
  @Override
  public void close() throws IOException, InterruptedException {
    stop();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** The process id, for reading its CPU time and memory from {@code /proc}. */
  public long pid() {
    return process.pid();
  }

  public int port() {
    return port;
  }

  /** Where a node reaches this Redis: with its user and password, {@code rediss://} for TLS. */
  public URI url() {
    return access.url(port);
  }

  /** Runs {@code commands} on a connection of the test's own. */
  public <T> T call(Function<Jedis, T> commands) {
    try (Jedis jedis = new Jedis(new HostAndPort("127.0.0.1", port), clientConfig(access))) {
      return commands.apply(jedis);
    }
  }

  /** Every key of this Redis, by {@code SCAN}. */
  public Set<String> keys() {
    return call(RedisServer::keys);
  }

  static Set<String> keys(Jedis jedis) {
    Set<String> keys = new HashSet<>();
    String cursor = ScanParams.SCAN_POINTER_START;
    do {
      ScanResult<String> page = jedis.scan(cursor, new ScanParams().count(1000));
      keys.addAll(page.getResult());
      cursor = page.getCursor();
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    return keys;
  }

  public void flushAll() {
    call(Jedis::flushAll);
  }

  /** {@code kill -9}: Redis gets no chance to write anything more. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS);
  }

  /** Kills Redis if it runs, then starts it again on the same directory (its AOF) and port. */
  public void restart() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
    launch();
  }

  /** {@code REPLICAOF NO ONE}: a replica becomes a primary that takes writes. */
  public void promote() {
    call(Jedis::replicaofNoOne);
  }

  /**
   * {@code SIGSTOP}: Redis keeps its connections open but answers nothing until {@link #resume}.
   */
  public void pause() {
    signal("STOP");
  }

  public void resume() {
    signal("CONT");
  }

  private void awaitLinkUp() throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (!call(jedis -> jedis.info("replication")).contains("master_link_status:up")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("replica on port " + port + " did not sync");
      }
      Thread.sleep(20);
    }
  }

  private void launch() throws InterruptedException {
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            REDIS_SERVER.toString(),
            "--bind",
            "127.0.0.1",
            "--dir",
            dir.toString(),
            "--appendonly",
            "yes",
            "--appendfsync",
            appendfsync,
            "--save",
            "",
            // A replica's first sync starts at once, not after Redis's 5 s wait for other
            // replicas to share it.
            "--repl-diskless-sync-delay",
            "0",
            "--daemonize",
            "no"));
    command.addAll(RedisAccess.asArguments(access.dataNodeSettings(port)));
    command.addAll(arguments);
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitPing();
  }

  /**
   * Waits until this Redis answers: the one keeping its files in {@link #dir}, not another on the
   * same port (a Redis that could not bind exits, but may not have yet at the first try).
   */
  private void awaitPing() throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        // PING waits out the loading of the append-only file; CONFIG GET answers during it.
        if (call(RedisServer::pingedDir).equals(realDir())) {
          return;
        }
      } catch (JedisException e) {
        // not up yet
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException(
        "redis-server did not answer on port " + port + "; see " + dir.resolve("redis.log"));
  }

  private static String pingedDir(Jedis jedis) {
    jedis.ping();
    return jedis.configGet("dir").get("dir");
  }

  private String realDir() {
    try {
      return dir.toRealPath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void stop() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    resume();
    process.destroy();
    if (!process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
      kill();
    }
  }

  private void signal(String name) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
      kill.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The test's own connections: generous timeouts, signed in as {@code access} says. */
  static DefaultJedisClientConfig clientConfig(RedisAccess access) {
    return access.clientConfig((int) STARTUP.toMillis() + 5_000);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
