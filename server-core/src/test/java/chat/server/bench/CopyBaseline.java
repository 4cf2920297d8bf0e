package chat.server.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * What the disk itself makes of copying a file, the files scenario's baseline: {@code cp}, {@code
 * cp} then {@code sync} of the copy (durable, as an upload is before it is answered), and the JDK's
 * {@code Files.copy} then an fsync. Each copy goes into the same folder as its source and is
 * deleted after it is timed.
 */
final class CopyBaseline {

  private CopyBaseline() {}

  /** The kinds of copy, named as the report names them. */
  enum Kind {
    CP("cp"),
    CP_SYNC("cp + sync"),
    JDK_COPY_FSYNC("Files.copy + fsync");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** Copies {@code source} beside itself once, the way {@code kind} says; the wall-clock nanos. */
  static long time(Kind kind, Path source) throws IOException, InterruptedException {
    Path copy = source.resolveSibling(source.getFileName() + ".copy");
    Files.deleteIfExists(copy);
    long start = System.nanoTime();
    switch (kind) {
      case CP -> run("cp", source.toString(), copy.toString());
      case CP_SYNC -> {
        run("cp", source.toString(), copy.toString());
        run("sync", copy.toString());
      }
      case JDK_COPY_FSYNC -> {
        Files.copy(source, copy);
        try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
          channel.force(true);
        }
      }
    }
    long nanos = System.nanoTime() - start;
    Files.delete(copy);
    return nanos;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException(String.join(" ", command) + " failed");
    }
  }
}
