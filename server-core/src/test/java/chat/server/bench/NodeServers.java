package chat.server.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The Node servers the {@code compare} scenario measures ours against: a bare {@code ws}
 * broadcaster and Socket.IO 4, from {@code src/test/node}. They are installed for the benchmark
 * only: the sources are copied under {@code target/bench/node} and their locked packages installed
 * there with {@code npm ci}, again only when the lock file changed. Nothing else in the build uses
 * Node.
 */
final class NodeServers {

  private static final Path SOURCES = Path.of("src", "test", "node");
  private static final String LOCK = "package-lock.json";
  private static final Path INSTALLED_LOCK = Path.of("node_modules", ".installed-" + LOCK);
  private static final int NODE_MAJOR = 20;
  private static final long INSTALL_MINUTES = 5;
  private static final long CONNECT_MINUTES = 3;
  private static final int CONNECTS_IN_FLIGHT = 128;

  private final Path directory;

  private NodeServers(Path directory) {
    this.directory = directory;
  }

  /**
   * Copies the servers into {@code directory} and installs their packages there.
   *
   * @throws IllegalStateException in one sentence when {@code node} or {@code npm} is missing
   */
  static NodeServers install(Path directory) throws IOException, InterruptedException {
    requireNode();
    Files.createDirectories(directory);
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.toList()) {
        Files.copy(
            file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path installed = directory.resolve(INSTALLED_LOCK);
    if (!Files.exists(installed) || Files.mismatch(installed, directory.resolve(LOCK)) != -1) {
      System.out.println("installing the Node servers' packages: npm ci in " + directory);
      run(directory, INSTALL_MINUTES, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
      Files.copy(directory.resolve(LOCK), installed, StandardCopyOption.REPLACE_EXISTING);
    }
    return new NodeServers(directory);
  }

  /** The Node floor: a bare {@code ws} server that broadcasts each frame to the sender's room. */
  ChildServer floor() throws IOException, InterruptedException {
    return start("ws floor", "floor.js", Map.of(), "/");
  }

  /**
   * One Socket.IO process.
   *
   * @param redis the Redis its adapter shares rooms through, or null for a process on its own
   */
  ChildServer socketIo(String name, URI redis) throws IOException, InterruptedException {
    return start(
        name,
        "socketio.js",
        redis == null ? Map.of() : Map.of("REDIS_URL", redis.toString()),
        SocketIoFraming.PATH);
  }

  /**
   * Asks a Node server for a full collection (it runs {@code global.gc()} on {@code SIGUSR2}), so
   * resident memory read afterwards is what it holds on to, as {@code jcmd GC.run} does for a JVM.
   */
  static void collectGarbage(long pid) {
    try {
      run(Path.of("."), 1, "kill", "-USR2", Long.toString(pid));
      Thread.sleep(500);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Opens {@code sockets} sockets on a server with Node's connection-rate client ({@code
   * connect.js}), {@value #CONNECTS_IN_FLIGHT} handshakes in flight, taking turns between {@code
   * wsUrls} and cycling through {@code tokens}; each socket counts once the server has answered its
   * first request after the handshake. The sockets close at the end.
   *
   * @param mode {@code chat} (a bearer token, then a ping), {@code socketio} (the token in the
   *     connect packet, then a ping event) or {@code ws} (the Node floor's join)
   */
  ConnectRate connectRate(String mode, List<String> wsUrls, List<String> tokens, int sockets)
      throws IOException, InterruptedException {
    Path tokensFile = directory.resolve("tokens-" + mode + ".txt");
    Files.write(
        tokensFile,
        IntStream.range(0, sockets).mapToObj(i -> tokens.get(i % tokens.size())).toList(),
        StandardCharsets.UTF_8);
    String output =
        run(
            directory,
            CONNECT_MINUTES,
            "node",
            "connect.js",
            mode,
            String.join(",", wsUrls),
            tokensFile.getFileName().toString(),
            Integer.toString(CONNECTS_IN_FLIGHT));
    String json = output.lines().filter(line -> line.startsWith("{")).reduce("", (a, b) -> b);
    return ConnectRate.parse(json);
  }

  /**
   * Starts Node's reconnect-storm client on a chat server: one socket per line of {@code sockets}
   * ({@code "TOKEN ROOM_ID"}), {@value #CONNECTS_IN_FLIGHT} handshakes in flight; returns once each
   * has caught up with {@code sync}. It reports {@code deadlineSeconds} after that at the latest.
   */
  ReconnectStorm reconnectStorm(String wsUrl, List<String> sockets, int deadlineSeconds)
      throws IOException {
    Path socketsFile = directory.resolve("reconnect-sockets.txt");
    Files.write(socketsFile, sockets, StandardCharsets.UTF_8);
    return ReconnectStorm.start(
        new ProcessBuilder(
                "node",
                "reconnect.js",
                wsUrl,
                socketsFile.getFileName().toString(),
                Integer.toString(CONNECTS_IN_FLIGHT),
                Integer.toString(deadlineSeconds))
            .directory(directory.toFile()));
  }

  private ChildServer start(String name, String script, Map<String, String> env, String path)
      throws IOException, InterruptedException {
    return ChildServer.start(name, List.of("node", "--expose-gc", script), directory, env, path);
  }

  private static void requireNode() throws InterruptedException {
    String version;
    try {
      version = run(Path.of("."), 1, "node", "--version").strip();
      run(Path.of("."), 1, "npm", "--version");
    } catch (IOException e) {
      version = "";
    }
    int major =
        version.matches("v\\d+\\..*") ? Integer.parseInt(version.substring(1).split("\\.")[0]) : 0;
    if (major < NODE_MAJOR) {
      throw new IllegalStateException(
          "The compare scenario needs Node.js "
              + NODE_MAJOR
              + " or newer and npm on the PATH (on Debian: apt-get install nodejs npm).");
    }
  }

  /** Runs a command to its end and returns what it printed; fails if it fails. */
  private static String run(Path directory, long minutes, String... command)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    String text = new String(output, StandardCharsets.UTF_8);
    if (process.isAlive() || process.exitValue() != 0) {
      throw new IOException(Arrays.toString(command) + " failed: " + text);
    }
    return text;
  }
}
