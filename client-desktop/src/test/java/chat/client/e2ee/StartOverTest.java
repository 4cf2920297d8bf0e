package chat.client.e2ee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import chat.client.e2ee.EncryptedChat.App;
import chat.client.net.ApiException;
import chat.client.net.Failures;
import chat.protocol.ErrorCode;
import chat.protocol.http.DeviceKeys;
import chat.protocol.http.UserKeys;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A device without the recovery key starting over with a new identity key. */
class StartOverTest {

  @RegisterExtension final EncryptedChat chat = new EncryptedChat();

  @Test
  void startingOverMakesANewIdentityKeyContactsAreWarnedAndTheHistoryStaysUnreadable() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId()));
    alice.e2ee().send(room.roomId(), "before the new key", List.of()).join();
    Message before = bob.arrived().get(bob.awaitText("before the new key"));
    String oldIdentityKey = keysOf(alice).identityKey();
    App laptop = chat.signedIn("alice", "laptop");

    DeviceState state = laptop.e2ee().startOver("password123").join();
    bob.e2ee().send(room.roomId(), "after the new key", List.of()).join();
    UserKeys published = keysOf(laptop);

    assertThat(state).isEqualTo(DeviceState.READY);
    assertThat(published.identityKey()).isNotEqualTo(oldIdentityKey);
    assertThat(published.devices())
        .extracting(DeviceKeys::deviceId)
        .containsExactly(laptop.e2ee().deviceId());
    assertThat(laptop.e2ee().takeNewRecoveryKey()).isPresent();
    assertThat(laptop.e2ee().read(before).join()).isEqualTo(new DecryptedText.NoKeyYet());
    assertThat(bob.e2ee().changedIdentities().join()).containsExactly(alice.userId());
  }

  @Test
  void aWrongPasswordChangesNothing() {
    App alice = chat.signedUp("alice");
    UserKeys before = keysOf(alice);
    App laptop = chat.signedIn("alice", "laptop");

    Throwable refused = catchThrowable(() -> laptop.e2ee().startOver("not-her-password").join());

    assertThat(Failures.unwrap(refused))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS));
    assertThat(laptop.e2ee().state()).isEqualTo(DeviceState.NEEDS_IDENTITY);
    assertThat(keysOf(alice)).isEqualTo(before);
    assertThat(laptop.e2ee().takeNewRecoveryKey()).isEmpty();
  }

  private static UserKeys keysOf(App app) {
    return app.session().keys().query(List.of(app.userId())).join().getFirst();
  }
}
