package chat.client.e2ee;

import chat.client.crypto.DeviceRecord;
import chat.client.crypto.EncryptedRoomMessage;
import chat.client.crypto.Envelope;
import chat.client.crypto.SealedEnvelope;
import chat.client.crypto.SessionId;
import chat.client.crypto.store.DeviceKeys;
import chat.protocol.Base64Url;
import chat.protocol.client.OutgoingDeviceMessage;
import chat.protocol.model.DeviceEnvelope;
import chat.protocol.model.EncryptedContent;

/** The crypto package's keys, envelopes and room messages as the wire spells them, and back. */
final class WireKeys {

  private static final int VERSION = 1;

  private WireKeys() {}

  /** This device's record, signed by the identity key it holds. */
  static chat.protocol.http.DeviceKeys deviceRecord(DeviceKeys device) {
    DeviceRecord record = record(device);
    return new chat.protocol.http.DeviceKeys(
        device.deviceId(),
        Base64Url.encode(record.signingKey()),
        Base64Url.encode(record.agreementKey()),
        Base64Url.encode(record.sign(device.identity())));
  }

  static DeviceRecord record(DeviceKeys device) {
    return new DeviceRecord(
        device.userId(),
        device.deviceId(),
        device.signing().publicKey(),
        device.agreement().publicKey());
  }

  /** The record {@code userId}'s device claims, whether or not its signature holds. */
  static DeviceRecord record(String userId, chat.protocol.http.DeviceKeys device) {
    return new DeviceRecord(
        userId, device.deviceId(), bytes(device.signingKey()), bytes(device.agreementKey()));
  }

  static byte[] bytes(String base64Url) {
    return Base64Url.decode(base64Url, "key", "key");
  }

  /** {@code payload} sealed by {@code self} to {@code to}, as {@code device.send} takes it. */
  static OutgoingDeviceMessage sealed(DeviceKeys self, DeviceRecord to, byte[] payload) {
    return new OutgoingDeviceMessage(
        to.userId(),
        to.deviceId(),
        envelope(
            Envelope.seal(
                self.address(), self.signing(), to.address(), to.agreementKey(), payload)));
  }

  static DeviceEnvelope envelope(SealedEnvelope sealed) {
    return new DeviceEnvelope(
        VERSION, Base64Url.encode(sealed.enc()), Base64Url.encode(sealed.ciphertext()));
  }

  static SealedEnvelope sealed(DeviceEnvelope envelope) {
    return new SealedEnvelope(bytes(envelope.enc()), bytes(envelope.ciphertext()));
  }

  static EncryptedContent content(EncryptedRoomMessage message) {
    return new EncryptedContent(
        VERSION,
        message.deviceId(),
        message.sessionId().text(),
        message.index(),
        Base64Url.encode(message.ciphertext()),
        Base64Url.encode(message.signature()));
  }

  static EncryptedRoomMessage message(EncryptedContent content) {
    return new EncryptedRoomMessage(
        content.device(),
        SessionId.parse(content.session()),
        content.index(),
        bytes(content.ciphertext()),
        bytes(content.signature()));
  }
}
