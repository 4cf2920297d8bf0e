package chat.server.store.embedded;

import chat.server.store.MessageEditDeleteContract;
import chat.server.store.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMessageEditDeleteTest extends MessageEditDeleteContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }

  /** Every byte of every file in the data directory: the database, its WAL and the rest. */
  @Override
  protected String everythingStored() {
    try (Stream<Path> files = Files.list(dataDir)) {
      StringBuilder all = new StringBuilder();
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
