package chat.client.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.crypto.BackupKey;
import chat.client.crypto.DeviceAddress;
import chat.client.crypto.RecoveryKey;
import chat.client.crypto.RoomKey;
import chat.client.crypto.SessionId;
import chat.client.crypto.SigningKeyPair;
import chat.protocol.Base64Url;
import chat.protocol.http.BackupItem;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The backup's items as sealed and opened: each opens only as the user and id it was sealed as. */
class BackupItemsTest {

  private final BackupKey key = BackupKey.of(RecoveryKey.generate());
  private final BackupItems alices = new BackupItems(key, "alice");
  private final RoomKey session =
      new RoomKey(
          "room-1",
          new DeviceAddress("bob", "bobs-device"),
          new SessionId(filled(16, 7)),
          filled(32, 1),
          filled(32, 2),
          0);

  @Test
  void aSessionAndTheIdentityKeyOpenAsTheyWereSealed() {
    SigningKeyPair identity = SigningKeyPair.generate();

    BackupItems.Opened session = alices.open(alices.session(this.session)).orElseThrow();
    BackupItems.Opened opened = alices.open(alices.identity(identity)).orElseThrow();

    assertThat(session)
        .isInstanceOfSatisfying(
            BackupItems.Opened.Session.class,
            s -> assertThat(BackupItems.idOf(s.key())).isEqualTo(BackupItems.idOf(this.session)));
    assertThat(opened)
        .isInstanceOfSatisfying(
            BackupItems.Opened.Identity.class,
            i -> assertThat(i.identity().seed()).isEqualTo(identity.seed()));
  }

  @Test
  void anItemMovedUnderAnotherIdOrIntoAnotherUsersBackupDoesNotOpen() {
    BackupItem sealed = alices.session(session);

    BackupItem moved = new BackupItem(BackupItems.IDENTITY, sealed.data());
    BackupItems mallorys = new BackupItems(key, "mallory");

    assertThat(alices.open(moved)).isEmpty();
    assertThat(mallorys.open(sealed)).isEmpty();
  }

  @Test
  void anAlteredItemDoesNotOpen() {
    BackupItem sealed = alices.session(session);
    byte[] data = Base64Url.decode(sealed.data(), "data", "data");
    data[data.length / 2] ^= 1;

    assertThat(alices.open(new BackupItem(sealed.itemId(), Base64Url.encode(data)))).isEmpty();
  }

  @Test
  void theItemIdNamesTheSessionWithoutItsKeysAndFitsTheServersLimit() {
    String id = BackupItems.idOf(session);

    assertThat(id).startsWith("session-").hasSizeLessThanOrEqualTo(64).doesNotContain("room-1");
  }

  private static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }
}
