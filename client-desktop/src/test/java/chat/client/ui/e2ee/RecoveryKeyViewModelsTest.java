package chat.client.ui.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.crypto.RecoveryKey;
import chat.client.crypto.store.StoreKeys;
import chat.client.e2ee.DeviceState;
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
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recovery key dialogs' view models over real encryption: alice's desktop set encryption up and
 * got the key to save; her laptop, signed in after, needs it.
 */
class RecoveryKeyViewModelsTest {

  private final List<AutoCloseable> open = new ArrayList<>();
  private Path dir;
  private EndToEnd desktop;
  private EndToEnd laptop;

  @BeforeEach
  void aliceHasADesktopAndALaptop() throws IOException {
    dir = Folders.fresh("recovery-key-dialogs");
    LiveServer server = LiveServer.start(dir.resolve("server"));
    open.add(server);
    desktop = started(Clients.signedUp(server, dir.resolve("desktop"), "alice"), "desktop");
    laptop =
        started(Clients.signedIn(server, dir.resolve("laptop"), "alice", Runnable::run), "laptop");
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable each : open.reversed()) {
      each.close();
    }
    Folders.delete(dir);
  }

  @Test
  void theNewKeyIsShownAsFourteenGroupsOfFourAndCopiedWhole() {
    RecoveryKey key = desktop.takeNewRecoveryKey().orElseThrow();
    RecoveryKeySaveViewModel save = new RecoveryKeySaveViewModel(key);

    save.copied();

    assertThat(save.groups()).hasSize(14).allSatisfy(g -> assertThat(g).hasSize(4));
    assertThat(RecoveryKey.parse(save.copyText()).orElseThrow().bytes()).isEqualTo(key.bytes());
    assertThat(RecoveryKey.parse(String.join("", save.groups()))).isPresent();
    assertThat(save.copiedProperty().get()).isTrue();
  }

  @Test
  void onlyIHaveSavedItLetsTheKeyGo() {
    RecoveryKeySaveViewModel save =
        new RecoveryKeySaveViewModel(desktop.takeNewRecoveryKey().orElseThrow());
    boolean before = save.savedProperty().get();

    save.confirmSaved();

    assertThat(before).isFalse();
    assertThat(save.savedProperty().get()).isTrue();
  }

  @Test
  void restoreIsOfferedOnceSomethingIsTyped() {
    RecoveryKeyEntryViewModel entry = new RecoveryKeyEntryViewModel(laptop::restore, Runnable::run);
    boolean blank = entry.canRestore().get();

    entry.typedProperty().set("  ");
    boolean spaces = entry.canRestore().get();
    entry.typedProperty().set("0");

    assertThat(blank).isFalse();
    assertThat(spaces).isFalse();
    assertThat(entry.canRestore().get()).isTrue();
  }

  @Test
  void aMistypedKeyIsToldAsSuchAndTheLaptopStillNeedsItsKey() {
    String typed = desktop.takeNewRecoveryKey().orElseThrow().display();
    RecoveryKeyEntryViewModel entry = new RecoveryKeyEntryViewModel(laptop::restore, Runnable::run);

    entry.typedProperty().set(typed.substring(0, typed.length() - 1));
    entry.restore().join();

    assertThat(entry.errorProperty().get())
        .isEqualTo("That is not a recovery key: a character is mistyped");
    assertThat(entry.restoredProperty().get()).isFalse();
    assertThat(laptop.state()).isEqualTo(DeviceState.NEEDS_IDENTITY);
  }

  @Test
  void anotherKeyIsToldWrongAndTheLaptopStillNeedsItsKey() {
    RecoveryKeyEntryViewModel entry = new RecoveryKeyEntryViewModel(laptop::restore, Runnable::run);

    entry.typedProperty().set(RecoveryKey.generate().display());
    entry.restore().join();

    assertThat(entry.errorProperty().get()).isEqualTo("Wrong recovery key");
    assertThat(entry.restoredProperty().get()).isFalse();
    assertThat(laptop.state()).isEqualTo(DeviceState.NEEDS_IDENTITY);
  }

  @Test
  void theSavedKeyTypedInLowerCaseWithoutSpacesSetsTheLaptopUp() {
    String typed = desktop.takeNewRecoveryKey().orElseThrow().display();
    RecoveryKeyEntryViewModel entry = new RecoveryKeyEntryViewModel(laptop::restore, Runnable::run);
    entry.typedProperty().set("wrong");
    entry.restore().join();

    entry.typedProperty().set(typed.replace(" ", "").toLowerCase(Locale.ROOT));
    entry.restore().join();

    assertThat(entry.restoredProperty().get()).isTrue();
    assertThat(entry.errorProperty().get()).isEmpty();
    assertThat(entry.busyProperty().get()).isFalse();
    assertThat(laptop.state()).isEqualTo(DeviceState.READY);
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
