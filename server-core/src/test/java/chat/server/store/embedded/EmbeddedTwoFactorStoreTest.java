package chat.server.store.embedded;

import chat.server.store.Storage;
import chat.server.store.TwoFactorStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedTwoFactorStoreTest extends TwoFactorStoreContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }
}
