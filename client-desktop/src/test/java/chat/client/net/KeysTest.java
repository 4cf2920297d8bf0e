package chat.client.net;

import static chat.client.net.LiveSession.fastRetries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import chat.client.support.Peer;
import chat.client.support.Waits;
import chat.protocol.Base64Url;
import chat.protocol.ErrorCode;
import chat.protocol.ProtocolJson;
import chat.protocol.client.DeviceInbox;
import chat.protocol.client.DeviceSend;
import chat.protocol.client.OutgoingDeviceMessage;
import chat.protocol.http.BackupCreate;
import chat.protocol.http.BackupInfo;
import chat.protocol.http.BackupItem;
import chat.protocol.http.BackupItemsPage;
import chat.protocol.http.DeviceKeys;
import chat.protocol.http.UserKeys;
import chat.protocol.model.DeviceEnvelope;
import chat.protocol.model.DeviceMessage;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.DeviceInboxResult;
import chat.protocol.result.DeviceSendResult;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The public keys of end-to-end encryption through the client's {@link Keys}, on a real server. */
class KeysTest {

  @RegisterExtension final LiveSession live = new LiveSession();

  @Test
  void anIdentityKeyAndASignedDeviceArePublishedAndAnsweredToWhoSharesARoom() throws Exception {
    Session alice = live.signedUp("alice", fastRetries());
    KeyPair identity = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    String userId = alice.me().userId();
    try (Peer bob = Peer.register(live.server(), "bob")) {
      bob.createRoom("ours", RoomVisibility.PRIVATE, List.of(userId));

      alice.keys().setIdentityKey(raw(identity)).join();
      DeviceKeys device = signedDevice(identity, userId, "alice-desktop-0001");
      alice.keys().registerDevice(device).join();
      List<UserKeys> keys = alice.keys().query(List.of(userId, bob.userId())).join();

      assertThat(keys)
          .containsExactly(
              new UserKeys(userId, raw(identity), List.of(device)),
              new UserKeys(bob.userId(), null, List.of()));
      Waits.until(
          "keys.changed", () -> live.events().contains(new ClientEvent.KeysChanged(userId)));
    }
  }

  @Test
  void aDeviceMessageToThisSessionsDeviceArrivesAsAnEventAndWaitsInTheInbox() throws Exception {
    Session alice = live.signedUp("alice", fastRetries());
    KeyPair identity = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    String userId = alice.me().userId();
    alice.keys().setIdentityKey(raw(identity)).join();
    alice.keys().registerDevice(signedDevice(identity, userId, "alice-desktop-0001")).join();
    DeviceEnvelope body =
        new DeviceEnvelope(1, Base64Url.encode(new byte[32]), Base64Url.encode(new byte[48]));

    DeviceSendResult sent =
        alice
            .request(
                id ->
                    new DeviceSend(
                        id, List.of(new OutgoingDeviceMessage(userId, "alice-desktop-0001", body))),
                DeviceSendResult.class)
            .join();

    assertThat(sent.unknownDevices()).isEmpty();
    DeviceMessage expected = new DeviceMessage(1, userId, "alice-desktop-0001", body);
    Waits.until(
        "device.message",
        () -> live.events().contains(new ClientEvent.DeviceMessageArrived(expected)));
    assertThat(
            alice
                .request(id -> new DeviceInbox(id, null), DeviceInboxResult.class)
                .join()
                .messages())
        .containsExactly(expected);
  }

  @Test
  void aKeyBackupIsCreatedFilledReadAndDeleted() {
    Session alice = live.signedUp("alice", fastRetries());
    BackupCreate backup =
        new BackupCreate(
            BackupCreate.ALGORITHM, ProtocolJson.mapper().createObjectNode().put("check", "Y2s"));

    String version = alice.keys().createBackup(backup).join();
    BackupInfo filled =
        alice
            .keys()
            .putBackupItems(version, List.of(new BackupItem("identity", "c2VhbGVk")))
            .join();
    BackupItemsPage page = alice.keys().backupItems(version, null).join();
    alice.keys().deleteBackup().join();
    Throwable gone = catchThrowable(() -> alice.keys().backup().join());

    assertThat(filled.count()).isEqualTo(1);
    assertThat(page.items()).containsExactly(new BackupItem("identity", "c2VhbGVk"));
    assertThat(page.next()).isNull();
    assertThat(((ApiException) gone.getCause()).code()).isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void aDifferentIdentityKeyWithoutThePasswordIsRefused() throws Exception {
    Session alice = live.signedUp("alice", fastRetries());
    String first = raw(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
    String other = raw(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());

    alice.keys().setIdentityKey(first).join();
    Throwable refused = catchThrowable(() -> alice.keys().setIdentityKey(other).join());

    assertThat(refused).hasCauseInstanceOf(ApiException.class);
    assertThat(((ApiException) refused.getCause()).code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(alice.keys().query(List.of(alice.me().userId())).join().getFirst().identityKey())
        .isEqualTo(first);
  }

  private static DeviceKeys signedDevice(KeyPair identity, String userId, String deviceId)
      throws Exception {
    String signing = raw(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
    String agreement = raw(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
    ByteArrayOutputStream signed = new ByteArrayOutputStream();
    for (byte[] field :
        List.of(
            utf8("chat-device-v1"),
            utf8(userId),
            utf8(deviceId),
            Base64Url.decode(signing, "k", "k"),
            Base64Url.decode(agreement, "k", "k"))) {
      signed.writeBytes(ByteBuffer.allocate(4).putInt(field.length).array());
      signed.writeBytes(field);
    }
    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initSign(identity.getPrivate());
    ed25519.update(signed.toByteArray());
    return new DeviceKeys(deviceId, signing, agreement, Base64Url.encode(ed25519.sign()));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String raw(KeyPair pair) {
    byte[] encoded = pair.getPublic().getEncoded();
    return Base64Url.encode(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
  }
}
