package chat.server.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted on a fresh temporary directory, so that a test can fill a store's disk for
 * real and free it again. Mounting needs root: tests using it are skipped otherwise.
 */
public final class SmallDisk implements AutoCloseable {

  private static final String FILLER = "filler";

  private final Path mountPoint;

  private SmallDisk(Path mountPoint) {
    this.mountPoint = mountPoint;
  }

  /** Mounts a tmpfs of {@code size} ({@code mount}'s syntax: {@code 8m}). */
  public static SmallDisk mount(String size) throws IOException, InterruptedException {
    assumeTrue(isRoot(), "mounting a tmpfs needs root");
    Path mountPoint = Files.createTempDirectory("small-disk-");
    run(
        "mount",
        "-t",
        "tmpfs",
        "-o",
        "size=" + size + ",mode=0700",
        "tmpfs",
        mountPoint.toString());
    return new SmallDisk(mountPoint);
  }

  /** The root of the small file system. */
  public Path path() {
    return mountPoint;
  }

  /** Writes a file at the root until the file system has no byte left. */
  public void fill() throws IOException {
    byte[] chunk = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(mountPoint.resolve(FILLER))) {
      while (true) {
        out.write(chunk);
      }
    } catch (IOException full) {
      if (!full.getMessage().contains("No space left")) {
        throw full;
      }
    }
    // The last chunk may have stopped short of the last free page.
    byte[] one = new byte[1];
    for (int i = 0; i < 16; i++) {
      try {
        Files.write(mountPoint.resolve(FILLER + i), one);
      } catch (IOException full) {
        return;
      }
    }
  }

  /** Deletes what {@link #fill} wrote. */
  public void free() throws IOException {
    try (var files = Files.list(mountPoint)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(FILLER)).toList()) {
        Files.delete(file);
      }
    }
  }

  /** Unmounts (lazily, should a process still hold a file) and removes the mount point. */
  @Override
  public void close() throws IOException, InterruptedException {
    run("umount", "-l", mountPoint.toString());
    Files.deleteIfExists(mountPoint);
  }

  private static boolean isRoot() throws IOException, InterruptedException {
    Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
    String uid = new String(id.getInputStream().readAllBytes()).strip();
    id.waitFor(5, TimeUnit.SECONDS);
    return "0".equals(uid);
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new UncheckedIOException(
          new IOException(String.join(" ", command) + " failed: " + output.strip()));
    }
  }
}
