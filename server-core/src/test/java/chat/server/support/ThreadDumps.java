package chat.server.support;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every thread of this JVM, virtual ones included, to a file under {@code
 * target/thread-dumps}: where a test waited in vain for a server in this JVM, the dump shows what
 * the server's threads were doing instead.
 */
public final class ThreadDumps {

  private ThreadDumps() {}

  /** Writes a dump named after {@code what}; returns where, or why it could not be written. */
  public static String write(String what) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "thread-dumps"));
      Path file =
          dir.resolve(what.replaceAll("[^A-Za-z0-9-]", "-") + "-" + System.nanoTime() + ".txt");
      ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
          .dumpThreads(file.toAbsolutePath().toString(), ThreadDumpFormat.TEXT_PLAIN);
      return "threads of this JVM in " + file;
    } catch (IOException | RuntimeException e) {
      return "no thread dump: " + e;
    }
  }
}
