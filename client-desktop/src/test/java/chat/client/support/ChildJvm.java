package chat.client.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A main class of this build in a JVM of its own, with the test class path, optionally behind a
 * prefix such as {@code ip netns exec NAME}. Its output is kept line by line for the test to wait
 * on.
 */
public final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final List<String> output = new CopyOnWriteArrayList<>();

  private ChildJvm(Process process) {
    this.process = process;
    Thread.ofVirtual().start(this::readOutput);
  }

  /**
   * Starts {@code mainClass} with {@code args}; {@code wrap} turns the java command into the one to
   * run (for example inside a network namespace).
   */
  public static ChildJvm start(
      Function<List<String>, List<String>> wrap,
      Map<String, String> env,
      String mainClass,
      String... args) {
    List<String> java = new ArrayList<>();
    java.add(ProcessHandle.current().info().command().orElse("java"));
    java.add("--enable-native-access=ALL-UNNAMED");
    java.add("-cp");
    java.add(System.getProperty("java.class.path"));
    java.add(mainClass);
    java.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(wrap.apply(java)).redirectErrorStream(true);
    builder.environment().putAll(env);
    try {
      return new ChildJvm(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for a line that {@code matches}, and returns it. */
  public String awaitLine(String what, Duration timeout, Predicate<String> matches) {
    Waits.until(
        what + " (output so far: " + output + ")",
        timeout,
        () -> firstLine(matches).isPresent() || !process.isAlive());
    return firstLine(matches)
        .orElseThrow(() -> new AssertionError("exited before " + what + ": " + output));
  }

  public Optional<String> firstLine(Predicate<String> matches) {
    return output.stream().filter(matches).findFirst();
  }

  /** SIGTERM, as an operator stops a server; waits for the exit. */
  public void terminate(Duration timeout) throws InterruptedException {
    process.toHandle().destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("did not stop within " + timeout + " of SIGTERM: " + output);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readOutput() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        output.add(line);
      }
    } catch (IOException e) {
      output.add("(output unreadable: " + e + ")");
    }
  }
}
