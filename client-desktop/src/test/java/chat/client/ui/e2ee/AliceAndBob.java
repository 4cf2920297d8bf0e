package chat.client.ui.e2ee;

import chat.client.crypto.store.StoreKeys;
import chat.client.e2ee.EndToEnd;
import chat.client.e2ee.VerificationEvent;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.Folders;
import chat.client.support.LiveServer;
import chat.client.support.Waits;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.RoomResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A real server where alice and bob, each with encryption set up, share a room. */
final class AliceAndBob implements BeforeEachCallback, AfterEachCallback {

  private final List<AutoCloseable> open = new ArrayList<>();
  private final List<VerificationEvent> toBob = new CopyOnWriteArrayList<>();
  private Path dir;
  private Session aliceSession;
  private Session bobSession;
  private EndToEnd alice;
  private EndToEnd bob;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    dir = Folders.fresh("verification-dialogs");
    LiveServer server = LiveServer.start(dir.resolve("server"));
    open.add(server);
    aliceSession = Clients.signedUp(server, dir.resolve("alice"), "alice");
    bobSession = Clients.signedUp(server, dir.resolve("bob"), "bob");
    alice = started(aliceSession, "alice");
    bob = started(bobSession, "bob");
    bob.verifications().addListener(toBob::add);
    aliceSession
        .request(
            id -> new RoomCreate(id, "ours", RoomVisibility.PRIVATE, List.of(bobId()), true),
            RoomResult.class)
        .join();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    for (AutoCloseable each : open.reversed()) {
      each.close();
    }
    Folders.delete(dir);
  }

  EndToEnd alice() {
    return alice;
  }

  EndToEnd bob() {
    return bob;
  }

  String aliceId() {
    return aliceSession.me().userId();
  }

  String bobId() {
    return bobSession.me().userId();
  }

  /** The request alice's verification made on bob's device. */
  VerificationEvent.Requested requestToBob() {
    Waits.until(
        "bob is asked",
        () -> toBob.stream().anyMatch(VerificationEvent.Requested.class::isInstance));
    return toBob.stream()
        .filter(VerificationEvent.Requested.class::isInstance)
        .map(VerificationEvent.Requested.class::cast)
        .findFirst()
        .orElseThrow();
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
