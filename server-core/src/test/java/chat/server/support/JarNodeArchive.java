package chat.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A class-data archive of what a jar node loads while it starts, made once per test JVM, so that
 * the two jar nodes every test class starts map those classes instead of loading and verifying them
 * again: most of a jar-node class's time is its nodes' start.
 *
 * <p>A node of its own makes it ({@code -XX:ArchiveClassesAtExit}): started as the nodes are, on a
 * Redis and a bucket of its own, and stopped with {@code SIGTERM}, which writes the archive as the
 * JVM exits. Each test JVM makes its own, named by its pid, so two forks never write one file; it
 * is deleted when the JVM exits.
 */
final class JarNodeArchive {

  private static Path archive;

  private JarNodeArchive() {}

  /** The JVM options that map the archive, made first if this JVM has none yet. */
  static synchronized List<String> options(Path jar) {
    if (archive == null) {
      archive = make(jar);
    }
    return List.of("-XX:SharedArchiveFile=" + archive);
  }

  private static Path make(Path jar) {
    Path file =
        jar.toAbsolutePath().resolveSibling("jar-node-" + ProcessHandle.current().pid() + ".jsa");
    Path dataDir = null;
    try (RedisServer redis = RedisServer.start()) {
      dataDir = Files.createTempDirectory("chat-archive-");
      Map<String, String> settings =
          new HashMap<>(TestServer.filesIn(S3Server.shared().newBucket()));
      settings.put("REDIS_URL", redis.url().toString());
      ServerProcess node =
          ServerProcess.startJar(
              jar, dataDir, settings, List.of("-XX:ArchiveClassesAtExit=" + file));
      node.terminate();
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(
            "the jar node wrote no class archive at " + file + ": " + node.output());
      }
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while making the class archive", e);
    } catch (Exception e) { // S3Server.shared() starts a server, and says so no more precisely
      throw new IllegalStateException("could not start what the archive's node needs", e);
    } finally {
      deleteQuietly(dataDir);
    }
  }

  private static void deleteQuietly(Path dataDir) {
    if (dataDir != null) {
      try {
        TestServer.deleteTree(dataDir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
