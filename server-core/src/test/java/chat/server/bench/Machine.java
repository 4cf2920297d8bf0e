package chat.server.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** What machine a run was on and how busy it was, for the report. */
final class Machine {

  private Machine() {}

  static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * The disk's durability floor: milliseconds per 4 KiB write and fsync in {@code directory}, the
   * median of 100, as a durable ack must wait for at least one.
   */
  static double fsyncMillis(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path probe = Files.createTempFile(directory, "fsync-", ".probe");
    double[] millis = new double[100];
    try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.WRITE)) {
      ByteBuffer block = ByteBuffer.allocate(4096);
      for (int i = 0; i < millis.length; i++) {
        long start = System.nanoTime();
        channel.write(block.clear());
        channel.force(false);
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
    } finally {
      Files.delete(probe);
    }
    Arrays.sort(millis);
    return millis[millis.length / 2];
  }

  /** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
