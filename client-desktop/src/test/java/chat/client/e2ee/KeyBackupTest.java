package chat.client.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.crypto.BackupKey;
import chat.client.crypto.InboundRoomSession;
import chat.client.crypto.RecoveryKey;
import chat.client.crypto.store.DeviceKeyStore;
import chat.client.crypto.store.StoreFile;
import chat.client.crypto.store.StoreKeys;
import chat.client.e2ee.EncryptedChat.App;
import chat.client.support.Waits;
import chat.protocol.Base64Url;
import chat.protocol.http.BackupInfo;
import chat.protocol.http.BackupItem;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The key backup a device makes, keeps up and restores from, on a real server. */
class KeyBackupTest {

  @RegisterExtension final EncryptedChat chat = new EncryptedChat();

  @Test
  void theRecoveryKeyIsHandedOutOnceAndAStartAgainMakesNoOtherBackup() {
    App alice = chat.signedUp("alice");
    String version = backupOf(alice).version();

    boolean first = alice.e2ee().takeNewRecoveryKey().isPresent();
    boolean second = alice.e2ee().takeNewRecoveryKey().isPresent();
    chat.close(alice);
    App again = chat.restarted("alice");

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(again.e2ee().takeNewRecoveryKey()).isEmpty();
    assertThat(backupOf(again).version()).isEqualTo(version);
  }

  @Test
  void aBackupGoneFromTheServerIsMadeAgainWithANewRecoveryKeyOnTheNextStart() {
    App alice = chat.signedUp("alice");
    RecoveryKey first = alice.e2ee().takeNewRecoveryKey().orElseThrow();
    alice.session().keys().deleteBackup().join();
    chat.close(alice);

    App again = chat.restarted("alice");
    RecoveryKey second = again.e2ee().takeNewRecoveryKey().orElseThrow();

    assertThat(second.bytes()).isNotEqualTo(first.bytes());
    assertThat(backupOf(again).count()).isEqualTo(1);
  }

  @Test
  void aMistypedRecoveryKeyIsRefusedByItsCheckAndChangesNothing() throws IOException {
    App alice = chat.signedUp("alice");
    String typed = alice.e2ee().takeNewRecoveryKey().orElseThrow().display();
    App laptop = chat.signedIn("alice", "laptop");

    RestoreResult refused = laptop.e2ee().restore(mistype(typed)).join();

    assertThat(refused).isEqualTo(new RestoreResult.NotARecoveryKey());
    assertThat(laptop.e2ee().state()).isEqualTo(DeviceState.NEEDS_IDENTITY);
    assertThat(storeOf("laptop").read(StoreFile.DEVICE).orElseThrow().identity()).isNull();
    assertThat(storeOf("laptop").read(StoreFile.BACKUP_KEY)).isEmpty();
  }

  @Test
  void aWrongRecoveryKeyChangesNothingOnTheDeviceNorOnTheServer() throws IOException {
    App alice = chat.signedUp("alice");
    BackupInfo before = backupOf(alice);
    App laptop = chat.signedIn("alice", "laptop");

    RestoreResult refused = laptop.e2ee().restore(RecoveryKey.generate().display()).join();

    assertThat(refused).isEqualTo(new RestoreResult.WrongRecoveryKey());
    assertThat(laptop.e2ee().state()).isEqualTo(DeviceState.NEEDS_IDENTITY);
    assertThat(storeOf("laptop").read(StoreFile.DEVICE).orElseThrow().identity()).isNull();
    assertThat(storeOf("laptop").read(StoreFile.BACKUP_KEY)).isEmpty();
    assertThat(backupOf(alice)).isEqualTo(before);
  }

  @Test
  void anItemTheServerMovesUnderAnotherIdDoesNotOpenAndTheOthersStillDo() {
    App alice = chat.signedUp("alice");
    RecoveryKey recoveryKey = alice.e2ee().takeNewRecoveryKey().orElseThrow();
    App bob = chat.signedUp("bob");
    List<Message> sent = oneMessageEach(alice, bob);
    String version = backupOf(alice).version();
    List<BackupItem> sessions =
        alice.session().keys().backupItems(version, null).join().items().stream()
            .filter(item -> !item.itemId().equals(BackupItems.IDENTITY))
            .toList();
    alice
        .session()
        .keys()
        .putBackupItems(
            version, List.of(new BackupItem(sessions.get(1).itemId(), sessions.get(0).data())))
        .join();

    App laptop = chat.signedIn("alice", "laptop");
    RestoreResult restored = laptop.e2ee().restore(recoveryKey.display()).join();
    List<DecryptedText> read = sent.stream().map(m -> laptop.e2ee().read(m).join()).toList();

    assertThat(restored).isEqualTo(new RestoreResult.Restored(1, 1));
    assertThat(read)
        .hasOnlyElementsOfTypes(DecryptedText.Readable.class, DecryptedText.NoKeyYet.class);
    assertThat(read).filteredOn(DecryptedText.NoKeyYet.class::isInstance).hasSize(1);
  }

  @Test
  void noRoomKeyNorIdentityKeyOccursInTheBackupOrAnywhereInTheServersData() throws IOException {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    oneMessageEach(alice, bob);
    DeviceKeyStore store = storeOf("alice");
    List<byte[]> secrets = new ArrayList<>();
    store.read(StoreFile.INBOUND).orElseThrow().stream()
        .map(InboundRoomSession.State::earliest)
        .forEach(key -> secrets.add(key.chainKey()));
    secrets.add(store.read(StoreFile.DEVICE).orElseThrow().identity().seed());
    String version = backupOf(alice).version();
    List<byte[]> items =
        alice.session().keys().backupItems(version, null).join().items().stream()
            .map(item -> Base64Url.decode(item.data(), "data", "data"))
            .toList();
    chat.server().stop();

    assertThat(secrets).hasSize(3);
    for (byte[] secret : secrets) {
      assertThat(items).noneMatch(item -> FilesHolding.contains(item, secret));
      for (byte[] written : spellings(secret)) {
        assertThat(FilesHolding.filesContaining(chat.serverDir(), written)).isEmpty();
      }
    }
  }

  @Test
  void theDeviceKeepsTheBackupKeySealedAndTheRecoveryKeyNowhere() throws IOException {
    App alice = chat.signedUp("alice");
    RecoveryKey recoveryKey = alice.e2ee().takeNewRecoveryKey().orElseThrow();
    chat.close(alice);
    byte[] backupKey = BackupKey.of(recoveryKey).state().key();

    BackupKey.State kept = storeOf("alice").read(StoreFile.BACKUP_KEY).orElseThrow();

    assertThat(kept.key()).isEqualTo(backupKey);
    List<byte[]> secrets =
        List.of(
            backupKey,
            recoveryKey.bytes(),
            recoveryKey.display().getBytes(StandardCharsets.UTF_8),
            recoveryKey.display().replace(" ", "").getBytes(StandardCharsets.UTF_8));
    for (byte[] secret : secrets) {
      for (byte[] written : spellings(secret)) {
        assertThat(FilesHolding.filesContaining(chat.appDir("alice"), written)).isEmpty();
        assertThat(FilesHolding.filesContaining(chat.serverDir(), written)).isEmpty();
      }
    }
  }

  /** Alice's message read by bob, then bob's read by alice, both in alice's backup. */
  private List<Message> oneMessageEach(App alice, App bob) {
    Room room = alice.encryptedRoom("ours", List.of(bob.userId()));
    alice.e2ee().send(room.roomId(), "from alice", List.of()).join();
    bob.awaitText("from alice");
    bob.e2ee().send(room.roomId(), "from bob", List.of()).join();
    Message fromAlice = alice.arrived().get(alice.awaitText("from alice"));
    Message fromBob = alice.arrived().get(alice.awaitText("from bob"));
    Waits.untilServerSays("alice's backup holds both sessions", () -> backupOf(alice).count() == 3);
    return List.of(fromAlice, fromBob);
  }

  /** {@code secret} as raw bytes, base64url and base64, as a file could hold it. */
  private static List<byte[]> spellings(byte[] secret) {
    return Stream.of(
            secret,
            Base64Url.encode(secret).getBytes(StandardCharsets.US_ASCII),
            Base64.getEncoder()
                .withoutPadding()
                .encodeToString(secret)
                .getBytes(StandardCharsets.US_ASCII))
        .toList();
  }

  private static BackupInfo backupOf(App app) {
    return app.session().keys().backup().join();
  }

  /** The key store of the app {@code appName}, opened as the app opens it. */
  private DeviceKeyStore storeOf(String appName) throws IOException {
    Path folder = chat.appDir(appName).resolve("crypto");
    return DeviceKeyStore.open(folder, StoreKeys.forStore(folder, null));
  }

  /** {@code typed} with one character changed into another of the alphabet. */
  private static String mistype(String typed) {
    char changed = typed.charAt(5) == '7' ? '8' : '7';
    return typed.substring(0, 5) + changed + typed.substring(6);
  }
}
