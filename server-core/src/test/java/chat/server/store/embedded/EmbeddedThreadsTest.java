package chat.server.store.embedded;

import chat.server.store.Storage;
import chat.server.store.ThreadsContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedThreadsTest extends ThreadsContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }
}
