package chat.client.e2ee;

import chat.client.crypto.DeviceAddress;
import chat.client.crypto.DeviceRecord;
import chat.client.crypto.Envelope;
import chat.client.crypto.EnvelopeOpening;
import chat.client.crypto.RoomKey;
import chat.client.crypto.store.DeviceKeys;
import chat.protocol.model.DeviceMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Opens the device messages sent to this device, from trusted device records only, keeps the room
 * keys they carry and hands the verification steps to {@link Verifications}. A room key counts only
 * when it names the device that sealed it and that device's signing key, so no device can hand out
 * a session in another's name.
 */
final class RoomKeyInbox {

  /** The trusted record of a device, asking the server for its user's keys when not known yet. */
  interface Devices {
    Optional<DeviceRecord> trusted(DeviceAddress address) throws IOException;
  }

  private final DeviceKeys self;
  private final Devices devices;
  private final RoomReader reader;
  private final Verifications verifications;

  RoomKeyInbox(DeviceKeys self, Devices devices, RoomReader reader, Verifications verifications) {
    this.self = self;
    this.devices = devices;
    this.reader = reader;
    this.verifications = verifications;
  }

  void receive(DeviceMessage message) throws IOException {
    DeviceAddress from = new DeviceAddress(message.fromUserId(), message.fromDeviceId());
    Optional<DeviceRecord> sender = devices.trusted(from);
    if (sender.isEmpty()) {
      return;
    }
    byte[] signingKey = sender.get().signingKey();
    EnvelopeOpening opening =
        Envelope.open(
            self.address(), self.agreement(), from, signingKey, WireKeys.sealed(message.body()));
    switch (opening) {
      case EnvelopeOpening.Opened opened -> {
        Optional<DevicePayload> payload = DevicePayload.decode(opened.payload());
        if (payload.isPresent()) {
          dispatch(sender.get(), payload.get());
        }
      }
      case EnvelopeOpening.Unreadable _, EnvelopeOpening.BadSignature _ -> {
        // not sealed by that device to this one: nothing in it is to be believed
      }
    }
  }

  private void dispatch(DeviceRecord sender, DevicePayload payload) throws IOException {
    switch (payload) {
      case DevicePayload.RoomKeyShared(RoomKey key) -> {
        if (key.sender().equals(sender.address())
            && Arrays.equals(key.signingKey(), sender.signingKey())) {
          reader.addKey(key);
        }
      }
      case VerificationStep step -> verifications.receive(sender, step);
    }
  }
}
