package chat.client.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A {@code redis-server} of a test's own on a free loopback port, writing everything it is told to
 * an append-only file in {@code dir} and, on {@link #save}, an uncompressed dump there too, so a
 * test can search what Redis keeps on disk byte for byte.
 */
public final class LocalRedis implements AutoCloseable {

  private final Process process;
  private final int port;

  private LocalRedis(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static LocalRedis start(Path dir) {
    try {
      Files.createDirectories(dir);
      int port = Ports.free();
      Process process =
          new ProcessBuilder(
                  "redis-server",
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
                  "--rdbcompression",
                  "no")
              .redirectOutput(dir.resolve("redis.log").toFile())
              .redirectErrorStream(true)
              .start();
      LocalRedis redis = new LocalRedis(process, port);
      Waits.until("redis answers", Duration.ofSeconds(10), redis::answers);
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code REDIS_URL} of this Redis. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Writes the dump file ({@code SAVE}) beside the append-only file. */
  public void save() {
    if (!command("SAVE").startsWith("+OK")) {
      throw new IllegalStateException("redis did not save");
    }
  }

  private boolean answers() {
    try {
      return command("PING").startsWith("+PONG");
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  private String command(String name) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.getOutputStream().write((name + "\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] answer = new byte[64];
      int read = socket.getInputStream().read(answer);
      return read < 0 ? "" : new String(answer, 0, read, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
