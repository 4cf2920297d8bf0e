package chat.server.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's main class in a child JVM of its own, so a test can kill it for real ({@code kill
 * -9}) or stop it as an operator would ({@code SIGTERM}).
 */
public final class ServerProcess implements AutoCloseable {

  private static final Pattern UP = Pattern.compile("http port (\\d+), socket port (\\d+)");

  private final Process process;
  private final List<String> output = new CopyOnWriteArrayList<>();
  private final CompletableFuture<int[]> ports = new CompletableFuture<>();
  private final CompletableFuture<Void> outputEnded = new CompletableFuture<>();

  private ServerProcess(Process process) {
    this.process = process;
    Thread.ofVirtual().start(this::readOutput);
  }

  /** Starts {@code chat.server.ServerMain} with the test settings plus {@code settings}. */
  public static ServerProcess start(Path dataDir, Map<String, String> settings) {
    return start(dataDir, settings, List.of());
  }

  /** Like {@link #start(Path, Map)}, with these options for the JVM (such as {@code -Xmx64m}). */
  public static ServerProcess start(
      Path dataDir, Map<String, String> settings, List<String> jvmOptions) {
    List<String> launch = new ArrayList<>(jvmOptions);
    launch.addAll(List.of("-cp", System.getProperty("java.class.path"), "chat.server.ServerMain"));
    return start(List.of(), launch, dataDir, settings);
  }

  /**
   * Like {@link #start(Path, Map)}, in a process that may hold at most {@code openFiles} open
   * descriptors ({@code ulimit -n}).
   */
  public static ServerProcess startWithOpenFilesLimit(
      Path dataDir, Map<String, String> settings, int openFiles) {
    return start(
        List.of("bash", "-c", "ulimit -n " + openFiles + " && exec \"$0\" \"$@\""),
        List.of("-cp", System.getProperty("java.class.path"), "chat.server.ServerMain"),
        dataDir,
        settings);
  }

  /**
   * Starts the runnable jar, as an operator would, with the test settings plus {@code settings} and
   * these options for the JVM.
   */
  public static ServerProcess startJar(
      Path jar, Path dataDir, Map<String, String> settings, List<String> jvmOptions) {
    List<String> launch = new ArrayList<>(jvmOptions);
    launch.addAll(List.of("-jar", jar.toString()));
    return start(List.of(), launch, dataDir, settings);
  }

  /**
   * @param wrapper what runs java, with java's command line as its arguments (none: java itself)
   */
  private static ServerProcess start(
      List<String> wrapper, List<String> launch, Path dataDir, Map<String, String> settings) {
    List<String> command = new ArrayList<>(wrapper);
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(launch);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(TestServer.environment(dataDir));
    builder.environment().putAll(settings);
    try {
      ServerProcess server = new ServerProcess(builder.start());
      server.ports.get(30, TimeUnit.SECONDS);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("server did not come up", e);
    }
  }

  public String httpUrl() {
    return "http://127.0.0.1:" + ports.join()[0];
  }

  public String wsUrl() {
    return "ws://127.0.0.1:" + ports.join()[1] + "/ws";
  }

  /** The process id, for reading its CPU time and memory from {@code /proc}. */
  public long pid() {
    return process.pid();
  }

  public ApiClient api() {
    return new ApiClient(httpUrl());
  }

  /** SIGKILL: no shutdown hook, no flush, nothing. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /**
   * SIGTERM, as an operator or a service manager stops it.
   *
   * @return the exit code
   */
  public int terminate() throws InterruptedException {
    // Through the handle: Process.destroy() would also close our end of its output.
    process.toHandle().destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new AssertionError("server did not stop within 20 s of SIGTERM");
    }
    outputEnded.orTimeout(5, TimeUnit.SECONDS).join();
    return process.exitValue();
  }

  /** What the process printed so far. */
  public List<String> output() {
    return List.copyOf(output);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        kill();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void readOutput() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        output.add(line);
        Matcher up = UP.matcher(line);
        if (up.find()) {
          ports.complete(new int[] {Integer.parseInt(up.group(1)), Integer.parseInt(up.group(2))});
        }
      }
      ports.completeExceptionally(new IllegalStateException("server exited: " + output));
    } catch (IOException e) {
      ports.completeExceptionally(e);
    } finally {
      outputEnded.complete(null);
    }
  }
}
