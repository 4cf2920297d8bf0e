package chat.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Node's reconnect-storm client ({@code reconnect.js}) holding its sockets on a chat server: each
 * caught up once, then reconnecting as the desktop app does when the server goes away. Started by
 * {@link NodeServers#reconnectStorm}.
 */
final class ReconnectStorm implements AutoCloseable {

  /**
   * What the client saw after the server came back.
   *
   * @param firstClose when the first socket closed (epoch milliseconds, as below)
   * @param lastCatchUp when the last socket had caught up again with {@code sync}, or 0
   * @param attempts handshakes tried, first connections included
   */
  record Result(int sockets, int caughtUpAgain, long firstClose, long lastCatchUp, int attempts) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final BufferedReader output;

  private ReconnectStorm(Process process) {
    this.process = process;
    this.output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts the client and waits until every socket has caught up once. */
  static ReconnectStorm start(ProcessBuilder command) throws IOException {
    ReconnectStorm storm = new ReconnectStorm(command.redirectErrorStream(true).start());
    String line = storm.output.readLine();
    while (line != null && !line.equals("ready")) {
      line = storm.output.readLine();
    }
    if (line == null) {
      storm.close();
      throw new IOException("the reconnect client ended before its sockets were ready");
    }
    return storm;
  }

  /** Waits for the client's result: every socket caught up again, or its deadline passed. */
  Result result() throws IOException {
    String line = output.readLine();
    while (line != null && !line.startsWith("{")) {
      line = output.readLine();
    }
    if (line == null) {
      throw new IOException("the reconnect client ended without a result");
    }
    JsonNode node = JSON.readTree(line);
    return new Result(
        node.path("sockets").asInt(),
        node.path("caughtUpAgain").asInt(),
        node.path("firstCloseEpochMs").asLong(),
        node.path("lastCatchUpEpochMs").asLong(),
        node.path("attempts").asInt());
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
