package chat.server.store.embedded;

import chat.server.store.AccountDeletionContract;
import chat.server.store.Storage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedAccountDeletionTest extends AccountDeletionContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }
}
