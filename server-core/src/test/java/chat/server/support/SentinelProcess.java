package chat.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/** One {@code redis-sentinel} process with its configuration file in a directory of its own. */
final class SentinelProcess implements AutoCloseable {

  static final Path REDIS_SENTINEL = Path.of("/usr/bin/redis-sentinel");

  /** How long a sentinel may take to answer, or to stop. */
  static final Duration STARTUP = Duration.ofSeconds(10);

  private final Path dir;
  private final RedisAccess ownAccess;
  private final RedisAccess dataNodes;
  private int port;
  private Process process;

  private SentinelProcess(Path dir, RedisAccess ownAccess, RedisAccess dataNodes) {
    this.dir = dir;
    this.ownAccess = ownAccess;
    this.dataNodes = dataNodes;
  }

  int port() {
    return port;
  }

  /** Where it logs. */
  Path log() {
    return dir.resolve("sentinel.log");
  }

  /**
   * Starts a sentinel monitoring the primary on {@code primaryPort} as {@link
   * SentinelGroup#SentinelGroup.MASTER_NAME}, letting in whom {@code ownAccess} names and signing
   * in to the data nodes as {@code dataNodes} says.
   */
  static SentinelProcess start(
      int primaryPort,
      Duration downAfter,
      Duration failoverTimeout,
      RedisAccess ownAccess,
      RedisAccess dataNodes)
      throws IOException, InterruptedException {
    SentinelProcess sentinel =
        new SentinelProcess(Files.createTempDirectory("redis-sentinel-"), ownAccess, dataNodes);
    // Another JVM may take the free port before the sentinel binds it: it then exits.
    for (int attempt = 1; ; attempt++) {
      sentinel.port = RedisServer.freePort();
      try {
        sentinel.launch(primaryPort, downAfter, failoverTimeout);
        return sentinel;
      } catch (IllegalStateException exited) {
        if (sentinel.process.isAlive() || attempt == 3) {
          sentinel.close();
          throw exited;
        }
      }
    }
  }

  private void launch(int primaryPort, Duration downAfter, Duration failoverTimeout)
      throws IOException, InterruptedException {
    Path config = dir.resolve("sentinel.conf");
    List<String> settings = new ArrayList<>(ownAccess.sentinelSettings(port));
    settings.addAll(
        List.of(
            "bind 127.0.0.1",
            "daemonize no",
            "dir " + dir,
            "sentinel monitor " + SentinelGroup.MASTER_NAME + " 127.0.0.1 " + primaryPort + " 2",
            "sentinel down-after-milliseconds "
                + SentinelGroup.MASTER_NAME
                + " "
                + downAfter.toMillis(),
            "sentinel failover-timeout "
                + SentinelGroup.MASTER_NAME
                + " "
                + failoverTimeout.toMillis(),
            "sentinel parallel-syncs " + SentinelGroup.MASTER_NAME + " 1"));
    settings.addAll(dataNodes.sentinelSignIn(SentinelGroup.MASTER_NAME));
    Files.writeString(config, String.join("\n", settings) + "\n");
    process =
        new ProcessBuilder(REDIS_SENTINEL.toString(), config.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("sentinel.log").toFile()))
            .start();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        // This sentinel, not another on the same port: its configuration file is ours.
        if (call(jedis -> jedis.info("server")).contains("config_file:" + config.toRealPath())) {
          return;
        }
      } catch (JedisException e) {
        // not up yet
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException(
        "redis-sentinel did not answer on port " + port + "; see " + log());
  }

  <T> T call(Function<Jedis, T> commands) {
    try (Jedis jedis =
        new Jedis(new HostAndPort("127.0.0.1", port), RedisServer.clientConfig(ownAccess))) {
      return commands.apply(jedis);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS);
      }
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
