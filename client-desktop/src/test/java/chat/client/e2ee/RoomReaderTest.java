package chat.client.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.crypto.DeviceAddress;
import chat.client.crypto.EncryptedRoomMessage;
import chat.client.crypto.OutboundRoomSession;
import chat.client.crypto.RoomKey;
import chat.client.crypto.SigningKeyPair;
import chat.client.crypto.store.DeviceKeyStore;
import chat.client.crypto.store.StoreKeys;
import chat.client.support.Folders;
import chat.protocol.model.Message;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading room messages with the keys in a real key store folder. */
class RoomReaderTest {

  private final Path dir = Folders.fresh("chat-room-reader-test");

  @AfterEach
  void deleteFolder() {
    Folders.delete(dir);
  }

  @Test
  void aMessageThatCameBeforeItsKeyIsReadAgainWhenTheKeyArrives() throws Exception {
    Path folder = dir.resolve("crypto");
    DeviceKeyStore store = DeviceKeyStore.open(folder, StoreKeys.forStore(folder, null));
    List<TextDecrypted> read = new CopyOnWriteArrayList<>();
    RoomReader reader = new RoomReader(store, read::add, kept -> {});
    OutboundRoomSession alices =
        OutboundRoomSession.start(
            "r_room",
            new DeviceAddress("u_alice", "alice-device-0001"),
            SigningKeyPair.generate(),
            Instant.now());
    RoomKey key = alices.roomKey();
    EncryptedRoomMessage sealed = alices.encrypt(new MessagePlaintext("early", null).encode());
    Message message =
        Message.text("m_1", "r_room", "u_alice", "alice", "", 1L, "c1")
            .withEncrypted(WireKeys.content(sealed));

    DecryptedText before = reader.read(message);
    reader.addKey(key);
    RoomReader restarted = new RoomReader(store, read::add, kept -> {});

    assertThat(before).isEqualTo(new DecryptedText.NoKeyYet());
    assertThat(read)
        .containsExactly(
            new TextDecrypted("r_room", "m_1", new DecryptedText.NoKeyYet()),
            new TextDecrypted("r_room", "m_1", new DecryptedText.Readable("early", List.of())));
    assertThat(restarted.read(message)).isEqualTo(new DecryptedText.Readable("early", List.of()));
  }
}
