package chat.server.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A server under load in a process of its own, other than a chat node: a floor server or a Node
 * server. It prints {@value #READY}{@code N} once it takes sockets on loopback port N; what else it
 * prints is passed on with its name in front. Its CPU time and memory are read from {@code /proc}
 * as the chat nodes' are.
 *
 * @param wsUrl where its sockets connect
 */
record ChildServer(String name, Process process, String wsUrl) implements AutoCloseable {

  /** The line a child server prints once it listens, followed by its port. */
  static final String READY = "listening on port ";

  private static final long START_SECONDS = 30;

  /**
   * Starts {@code command} in {@code directory} with {@code environment} added, and waits until it
   * listens.
   *
   * @param path the WebSocket path and query on its port
   */
  static ChildServer start(
      String name,
      List<String> command,
      Path directory,
      Map<String, String> environment,
      String path)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread.ofVirtual().start(() -> readOutput(name, process, port));
    try {
      return new ChildServer(
          name, process, "ws://127.0.0.1:" + port.get(START_SECONDS, TimeUnit.SECONDS) + path);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IOException(name + " did not start listening within " + START_SECONDS + " s", e);
    }
  }

  ProcessCost cost() {
    return ProcessCost.of(process.pid());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(START_SECONDS, TimeUnit.SECONDS);
  }

  private static void readOutput(String name, Process process, CompletableFuture<Integer> port) {
    try (BufferedReader output =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = output.readLine()) != null) {
        if (line.startsWith(READY) && !port.isDone()) {
          port.complete(Integer.parseInt(line.substring(READY.length()).strip()));
        } else {
          System.out.println(name + ": " + line);
        }
      }
    } catch (IOException e) {
      port.completeExceptionally(e);
    }
    port.completeExceptionally(new IOException(name + " exited before listening"));
  }
}
