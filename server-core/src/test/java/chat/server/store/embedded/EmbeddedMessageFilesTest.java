package chat.server.store.embedded;

import chat.server.store.MessageFilesContract;
import chat.server.store.Storage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMessageFilesTest extends MessageFilesContract {

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
