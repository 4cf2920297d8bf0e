package chat.server.store.embedded;

import chat.server.store.MessageChangeStoreContract;
import chat.server.store.Storage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMessageChangeStoreTest extends MessageChangeStoreContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }

  @Override
  protected String everythingStored() {
    return EmbeddedDump.everything(dataDir);
  }
}
