package chat.client.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.crypto.InboundRoomSession;
import chat.client.crypto.OutboundRoomSession;
import chat.client.crypto.RoomKey;
import chat.client.crypto.SigningKeyPair;
import chat.client.crypto.store.DeviceKeyStore;
import chat.client.crypto.store.StoreFile;
import chat.client.crypto.store.StoreKeys;
import chat.client.e2ee.EncryptedChat.App;
import chat.protocol.Base64Url;
import chat.protocol.client.MessageSend;
import chat.protocol.model.EncryptedContent;
import chat.protocol.model.Room;
import chat.protocol.result.MessageResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Messages crafted on the wire, sent by alice's own socket as a server or a member could inject
 * them, are each read by bob as what they are, never as genuine.
 */
class RejectedMessagesTest {

  @RegisterExtension final EncryptedChat chat = new EncryptedChat();

  private App alice;
  private App bob;
  private Room room;
  private String originalId;
  private EncryptedContent original;

  @BeforeEach
  void aliceSaysSomethingBobReads() {
    alice = chat.signedUp("alice");
    bob = chat.signedUp("bob");
    room = alice.encryptedRoom("ours", List.of(bob.userId()));
    alice.e2ee().send(room.roomId(), "the original", List.of()).join();
    originalId = bob.awaitText("the original");
    original = alice.arrived().get(alice.awaitText("the original")).encrypted();
  }

  @Test
  void aTamperedCiphertextIsReadAsTampered() {
    byte[] ciphertext = Base64Url.decode(original.ciphertext(), "c", "c");
    ciphertext[0] ^= 0x01;
    EncryptedContent tampered =
        new EncryptedContent(
            1,
            original.device(),
            original.session(),
            original.index(),
            Base64Url.encode(ciphertext),
            original.signature());

    String tamperedId = sendAsAlice(tampered);

    assertThat(bob.awaitRead(tamperedId)).isEqualTo(new DecryptedText.Tampered());
  }

  @Test
  void aReplayedMessageIsReadAsAReplayOfTheOriginal() {
    String replayId = sendAsAlice(original);

    assertThat(bob.awaitRead(replayId)).isEqualTo(new DecryptedText.Replayed(originalId));
    assertThat(bob.e2ee().text(originalId))
        .contains(new DecryptedText.Readable("the original", List.of()));
  }

  @Test
  void aMessageSignedByAnotherKeyThanTheSendingDevicesIsReadAsForged() throws Exception {
    RoomKey shared = bobsKeyOfAlicesSession();
    OutboundRoomSession forger =
        OutboundRoomSession.restore(
            new OutboundRoomSession.State(
                shared.roomId(),
                shared.sender(),
                shared.sessionId(),
                shared.chainKey(),
                shared.index(),
                Instant.now(),
                false),
            SigningKeyPair.generate());

    String forgedId =
        sendAsAlice(
            WireKeys.content(forger.encrypt(new MessagePlaintext("forged", null).encode())));

    assertThat(bob.awaitRead(forgedId)).isEqualTo(new DecryptedText.Forged());
  }

  private String sendAsAlice(EncryptedContent encrypted) {
    return alice
        .session()
        .request(
            id ->
                new MessageSend(
                    id, room.roomId(), "", "c-" + System.nanoTime(), null, null, null, encrypted),
            MessageResult.class)
        .join()
        .message()
        .messageId();
  }

  /** The room key of alice's session as bob's key store keeps it: what any member holds. */
  private RoomKey bobsKeyOfAlicesSession() throws Exception {
    Path folder = chat.appDir("bob").resolve("crypto");
    DeviceKeyStore store = DeviceKeyStore.open(folder, StoreKeys.forStore(folder, null));
    return store.read(StoreFile.INBOUND).orElseThrow().stream()
        .map(InboundRoomSession.State::earliest)
        .filter(key -> key.sender().userId().equals(alice.userId()))
        .findFirst()
        .orElseThrow();
  }
}
