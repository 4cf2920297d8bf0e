package chat.server.chat;

import chat.server.store.Storage;
import chat.server.store.embedded.EmbeddedStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedFileSweepTest extends FileSweepContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }
}
