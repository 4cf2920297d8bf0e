package chat.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A real {@code redis-server} for one test class, started on a free loopback port in a fresh
 * temporary directory, with the durability the adapter documents ({@code appendonly yes}, {@code
 * appendfsync always}, no snapshots), emptied before each test and stopped after the class. Tests
 * of failures can {@link #kill} it, {@link #pause} it, and {@link #restart} it on the same
 * directory and port. Register it as {@code @RegisterExtension static final RedisServerExtension
 * redis = new RedisServerExtension();}.
 */
public final class RedisServerExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  private static final Path REDIS_SERVER = Path.of("/usr/bin/redis-server");
  private static final Duration STARTUP = Duration.ofSeconds(10);

  private Path dir;
  private int port;
  private Process process;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (!Files.isExecutable(REDIS_SERVER)) {
      throw new IllegalStateException(
          "The Redis tests need redis-server at "
              + REDIS_SERVER
              + ": apt-get install redis-server");
    }
    dir = Files.createTempDirectory("redis-test-");
    port = freePort();
    start();
  }

  /** Starts Redis again if a test before killed it, and empties it. */
  @Override
  public void beforeEach(ExtensionContext context) throws InterruptedException {
    if (!process.isAlive()) {
      start();
    }
    flushAll();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    stop();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  public URI url() {
    return URI.create("redis://127.0.0.1:" + port);
  }

  /** Runs {@code commands} on a connection of the test's own. */
  public <T> T call(Function<Jedis, T> commands) {
    try (Jedis jedis = new Jedis(new HostAndPort("127.0.0.1", port), clientConfig())) {
      return commands.apply(jedis);
    }
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
    start();
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

  private void start() throws InterruptedException {
    List<String> command =
        List.of(
            REDIS_SERVER.toString(),
            "--port",
            Integer.toString(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            dir.toString(),
            "--appendonly",
            "yes",
            "--appendfsync",
            "always",
            "--save",
            "",
            "--daemonize",
            "no");
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

  private void awaitPing() throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        call(Jedis::ping);
        return;
      } catch (JedisException e) {
        Thread.sleep(20);
      }
    }
    throw new IllegalStateException(
        "redis-server did not answer on port " + port + "; see " + dir.resolve("redis.log"));
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

  private static DefaultJedisClientConfig clientConfig() {
    return DefaultJedisClientConfig.builder()
        .resp2()
        .connectionTimeoutMillis(1_000)
        .socketTimeoutMillis(5_000)
        .build();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
