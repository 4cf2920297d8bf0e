package chat.server.store.embedded;

import chat.server.store.AuditStoreContract;
import chat.server.store.Storage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedAuditStoreTest extends AuditStoreContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }
}
