package chat.server.store.embedded;

import chat.server.store.KeyStoreContract;
import chat.server.store.Storage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKeyStoreTest extends KeyStoreContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }
}
