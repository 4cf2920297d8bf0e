package chat.server.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Every byte of every file in a data directory, as text: the database, its WAL and the rest. */
final class EmbeddedDump {

  private EmbeddedDump() {}

  static String everything(Path dataDir) {
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
