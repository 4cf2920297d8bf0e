package chat.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A process's CPU time and resident memory, read from {@code /proc}, so the figures are the
 * server's own and not the generator's.
 */
public record ProcessCost(long cpuNanos, long rssBytes) {

  /** Linux's USER_HZ: {@code /proc/PID/stat} counts CPU time in 1/100 s. */
  private static final long NANOS_PER_TICK = 10_000_000;

  public static ProcessCost of(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // The command name (field 2) may hold spaces; count fields after its closing parenthesis.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      long rssKib = 0;
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          rssKib = Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
      return new ProcessCost(ticks * NANOS_PER_TICK, rssKib * 1024);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asks a JVM for a full garbage collection ({@code jcmd PID GC.run}) and gives it a moment, so
   * resident memory read afterwards is what the process holds on to, not garbage not yet collected.
   */
  static void collectGarbage(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process process =
          new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      Thread.sleep(500);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The sum over several processes (the nodes of a cluster). */
  static ProcessCost sum(Iterable<Long> pids) {
    long cpu = 0;
    long rss = 0;
    for (long pid : pids) {
      ProcessCost cost = of(pid);
      cpu += cost.cpuNanos;
      rss += cost.rssBytes;
    }
    return new ProcessCost(cpu, rss);
  }

  ProcessCost minus(ProcessCost earlier) {
    return new ProcessCost(cpuNanos - earlier.cpuNanos, rssBytes - earlier.rssBytes);
  }
}
