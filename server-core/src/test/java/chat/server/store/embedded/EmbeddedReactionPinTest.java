package chat.server.store.embedded;

import chat.server.store.ReactionPinContract;
import chat.server.store.Storage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedReactionPinTest extends ReactionPinContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }
}
