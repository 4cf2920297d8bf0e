package chat.client.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.crypto.AgreementKeyPair;
import chat.client.crypto.SigningKeyPair;
import chat.client.crypto.store.DeviceKeys;
import chat.client.e2ee.EncryptedChat.App;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.protocol.Base64Url;
import chat.protocol.client.DeviceInbox;
import chat.protocol.model.DeviceMessage;
import chat.protocol.model.Room;
import chat.protocol.result.DeviceInboxResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Trust on first use of a contact's identity key, and what a changed one holds back. */
class ChangedIdentityTest {

  @RegisterExtension final EncryptedChat chat = new EncryptedChat();

  @Test
  void aContactsChangedIdentityKeyIsFlaggedAndGetsNoRoomKeyUntilAccepted() {
    App alice = chat.signedUp("alice");
    try (Session carol = Clients.signedUp(chat.server(), chat.appDir("carol"), "carol")) {
      String carolId = carol.me().userId();
      setUpDevice(carol, SigningKeyPair.generate(), "carol-first-device");
      Room room = alice.encryptedRoom("ours", List.of(carolId));
      alice.e2ee().send(room.roomId(), "to the first key", List.of()).join();
      List<DeviceMessage> toFirstDevice = inbox(carol);

      SigningKeyPair newIdentity = SigningKeyPair.generate();
      carol
          .keys()
          .replaceIdentityKey(Base64Url.encode(newIdentity.publicKey()), "password123")
          .join();
      setUpDevice(carol, newIdentity, "carol-second-device");
      alice.e2ee().send(room.roomId(), "while the key is changed", List.of()).join();
      List<DeviceMessage> whileChanged = inbox(carol);
      var flagged = alice.e2ee().changedIdentities().join();
      alice.e2ee().accept(carolId).join();
      alice.e2ee().send(room.roomId(), "once accepted", List.of()).join();

      assertThat(toFirstDevice).hasSize(1);
      assertThat(flagged).containsExactly(carolId);
      assertThat(whileChanged).isEmpty();
      assertThat(inbox(carol))
          .singleElement()
          .satisfies(m -> assertThat(m.fromUserId()).isEqualTo(alice.userId()));
      assertThat(alice.e2ee().changedIdentities().join()).isEmpty();
    }
  }

  /** Registers a device of carol's session signed by {@code identity}, set as her identity key. */
  private static void setUpDevice(Session carol, SigningKeyPair identity, String deviceId) {
    carol.keys().setIdentityKey(Base64Url.encode(identity.publicKey())).join();
    DeviceKeys device =
        new DeviceKeys(
            carol.me().userId(),
            deviceId,
            SigningKeyPair.generate(),
            AgreementKeyPair.generate(),
            identity);
    carol.keys().registerDevice(WireKeys.deviceRecord(device)).join();
  }

  private static List<DeviceMessage> inbox(Session carol) {
    return carol
        .request(id -> new DeviceInbox(id, null), DeviceInboxResult.class)
        .join()
        .messages();
  }
}
