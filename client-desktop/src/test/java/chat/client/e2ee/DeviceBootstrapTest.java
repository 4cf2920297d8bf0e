package chat.client.e2ee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import chat.client.e2ee.EncryptedChat.App;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.protocol.http.UserKeys;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Setting this app's device up on sign-in, on a real server. */
class DeviceBootstrapTest {

  @RegisterExtension final EncryptedChat chat = new EncryptedChat();

  @Test
  void aFirstSignInMakesTheIdentityKeyAndRegistersADeviceSignedByIt() {
    App alice = chat.signedUp("alice");

    UserKeys published = keysOf(alice);

    assertThat(alice.e2ee().state()).isEqualTo(DeviceState.READY);
    assertThat(published.identityKey()).isNotNull();
    assertThat(published.devices())
        .singleElement()
        .satisfies(d -> assertThat(d.deviceId()).isEqualTo(alice.e2ee().deviceId()));
  }

  @Test
  void aSecondSignInOfTheSameAppRestoresItsDeviceAndKeepsTheIdentityKey() {
    App first = chat.signedUp("alice");
    String deviceId = first.e2ee().deviceId();
    String identityKey = keysOf(first).identityKey();
    first.session().logout().join();
    chat.close(first);

    App again = chat.signedIn("alice", "alice");
    UserKeys published = keysOf(again);

    assertThat(again.e2ee().state()).isEqualTo(DeviceState.READY);
    assertThat(again.e2ee().deviceId()).isEqualTo(deviceId);
    assertThat(published.identityKey()).isEqualTo(identityKey);
    assertThat(published.devices())
        .singleElement()
        .satisfies(d -> assertThat(d.deviceId()).isEqualTo(deviceId));
  }

  @Test
  void aDeviceWhoseUsersIdentityKeyLivesElsewhereRegistersNothingAndNeedsIt() {
    App desktop = chat.signedUp("alice");
    String identityKey = keysOf(desktop).identityKey();

    App laptop = chat.signedIn("alice", "laptop");
    UserKeys published = keysOf(desktop);

    assertThat(laptop.e2ee().state()).isEqualTo(DeviceState.NEEDS_IDENTITY);
    assertThat(published.identityKey()).isEqualTo(identityKey);
    assertThat(published.devices())
        .singleElement()
        .satisfies(d -> assertThat(d.deviceId()).isEqualTo(desktop.e2ee().deviceId()));
  }

  @Test
  void aKeyStoreHoldingAnotherUsersDeviceIsRefusedAndKeptAsItWas() {
    App alice = chat.signedUp("alice");
    String deviceId = alice.e2ee().deviceId();
    alice.session().logout().join();
    chat.close(alice);
    chat.close(chat.signedUp("bob"));

    Session bobHere = Clients.signedIn(chat.server(), chat.appDir("alice"), "bob", Runnable::run);
    Throwable refused =
        catchThrowable(() -> chat.unstarted(bobHere, chat.appDir("alice")).e2ee().start().join());
    bobHere.logout().join();
    App aliceAgain = chat.signedIn("alice", "alice");

    assertThat(refused).hasCauseInstanceOf(IllegalStateException.class);
    assertThat(aliceAgain.e2ee().deviceId()).isEqualTo(deviceId);
  }

  private static UserKeys keysOf(App app) {
    return app.session().keys().query(List.of(app.userId())).join().getFirst();
  }
}
