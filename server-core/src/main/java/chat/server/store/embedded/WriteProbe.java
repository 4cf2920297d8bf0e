package chat.server.store.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether the data directory takes a small synced write right now. A read (what the database
 * answers on a full or read-only disk) says nothing about whether a message can be stored, so
 * readiness writes and syncs a few pages' worth to a file of its own and deletes it again.
 */
final class WriteProbe {

  /** A few SQLite pages: about what one message's commit appends to the write-ahead log. */
  private static final int PROBE_BYTES = 16 * 1024;

  private final Path dataDir;

  WriteProbe(Path dataDir) {
    this.dataDir = dataDir;
  }

  boolean canWrite() {
    Path probe = null;
    try {
      probe = Files.createTempFile(dataDir, ".write-probe-", ".tmp");
      try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.allocate(PROBE_BYTES);
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      if (probe != null) {
        try {
          Files.deleteIfExists(probe);
        } catch (IOException e) {
          // A read-only file system cannot have created it; anything else is retried next time.
        }
      }
    }
  }
}
