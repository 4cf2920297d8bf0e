package chat.server.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.store.BusEvent;
import chat.server.store.EventBusContract;
import chat.server.store.Storage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InProcessEventBusTest extends EventBusContract {

  @TempDir Path dataDir;

  @Override
  protected Storage openStorage() {
    return EmbeddedStorage.open(dataDir);
  }

  @Test
  void listenersRunOnThePublishersThreadBeforePublishReturns() {
    List<Thread> threads = new ArrayList<>();
    storage.events().subscribe(event -> threads.add(Thread.currentThread()));

    storage.events().publish(new BusEvent.SessionRevoked("s1"));

    assertThat(threads).containsExactly(Thread.currentThread());
  }
}
