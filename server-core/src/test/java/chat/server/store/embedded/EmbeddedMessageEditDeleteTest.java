package chat.server.store.embedded;

import chat.server.store.MessageEditDeleteContract;
import chat.server.store.Storage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMessageEditDeleteTest extends MessageEditDeleteContract {

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
