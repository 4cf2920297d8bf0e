package chat.client.ui.e2ee;

import chat.client.crypto.store.StoreKeys;
import chat.client.e2ee.EndToEnd;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.Folders;
import chat.client.support.LiveServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server where alice set encryption up on her desktop (which made the key backup and its
 * recovery key) and then signed in on her laptop, which needs her identity key.
 */
final class AliceOnTwoDevices implements BeforeEachCallback, AfterEachCallback {

  private final List<AutoCloseable> open = new ArrayList<>();
  private Path dir;
  private EndToEnd desktop;
  private EndToEnd laptop;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    dir = Folders.fresh("recovery-key-dialogs");
    LiveServer server = LiveServer.start(dir.resolve("server"));
    open.add(server);
    desktop = started(Clients.signedUp(server, dir.resolve("desktop"), "alice"), "desktop");
    laptop =
        started(Clients.signedIn(server, dir.resolve("laptop"), "alice", Runnable::run), "laptop");
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    for (AutoCloseable each : open.reversed()) {
      each.close();
    }
    Folders.delete(dir);
  }

  /** Ready, with the recovery key it made still to take. */
  EndToEnd desktop() {
    return desktop;
  }

  /** Needs the identity key. */
  EndToEnd laptop() {
    return laptop;
  }

  private EndToEnd started(Session session, String appName) throws IOException {
    open.add(session);
    Path folder = dir.resolve(appName).resolve("crypto");
    EndToEnd e2ee =
        new EndToEnd(session, folder, StoreKeys.forStore(folder, null), Clock.systemUTC());
    open.add(e2ee);
    e2ee.start().join();
    return e2ee;
  }
}
