package chat.client.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.crypto.RecoveryKey;
import chat.client.e2ee.EncryptedChat.App;
import chat.client.support.Waits;
import chat.protocol.http.DeviceKeys;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * History on a new device through the recovery key, on the embedded store and on Redis: the key
 * backup the first device made and kept up to date opens with the recovery key and with nothing
 * else.
 */
abstract class RecoveryKeyHistoryContract {

  abstract EncryptedChat chat();

  @Test
  void aNewDeviceWithTheRecoveryKeyReadsTheHistoryOneWithoutItCannot() {
    App alice = chat().signedUp("alice");
    RecoveryKey recoveryKey = alice.e2ee().takeNewRecoveryKey().orElseThrow();
    App bob = chat().signedUp("bob");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId()));
    List<String> history = List.of("alice opens", "bob answers", "alice again");
    talk(alice, bob, room, history);
    List<Message> earlier =
        history.stream().map(text -> alice.arrived().get(alice.awaitText(text))).toList();
    Waits.untilServerSays(
        "alice's backup holds her identity key and both room sessions",
        () -> alice.session().keys().backup().join().count() == 3);

    App laptop = chat().signedIn("alice", "laptop");
    List<DecryptedText> beforeRestore = readAll(laptop, earlier);
    RestoreResult restored = laptop.e2ee().restore(recoveryKey.display()).join();

    assertThat(laptop.e2ee().state()).isEqualTo(DeviceState.READY);
    assertThat(beforeRestore).containsOnly(new DecryptedText.NoKeyYet());
    assertThat(restored).isEqualTo(new RestoreResult.Restored(2, 0));
    for (String text : history) {
      assertThat(laptop.awaitText(text)).isNotNull();
    }

    App tablet = chat().signedIn("alice", "tablet");
    RestoreResult wrong = tablet.e2ee().restore(RecoveryKey.generate().display()).join();

    assertThat(wrong).isEqualTo(new RestoreResult.WrongRecoveryKey());
    assertThat(tablet.e2ee().state()).isEqualTo(DeviceState.NEEDS_IDENTITY);
    assertThat(readAll(tablet, earlier)).containsOnly(new DecryptedText.NoKeyYet());
    assertThat(devicesOf(alice))
        .containsExactlyInAnyOrder(alice.e2ee().deviceId(), laptop.e2ee().deviceId());

    bob.e2ee().send(room.roomId(), "bob after the restore", List.of()).join();
    assertThat(laptop.awaitText("bob after the restore")).isNotNull();
  }

  /** Alice and bob take turns sending {@code texts}, each read by the other before the next. */
  private static void talk(App alice, App bob, Room room, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      App from = i % 2 == 0 ? alice : bob;
      App to = i % 2 == 0 ? bob : alice;
      from.e2ee().send(room.roomId(), texts.get(i), List.of()).join();
      to.awaitText(texts.get(i));
    }
  }

  private static List<DecryptedText> readAll(App app, List<Message> messages) {
    return messages.stream().map(m -> app.e2ee().read(m).join()).toList();
  }

  private static List<String> devicesOf(App app) {
    return app.session().keys().query(List.of(app.userId())).join().getFirst().devices().stream()
        .map(DeviceKeys::deviceId)
        .toList();
  }
}
