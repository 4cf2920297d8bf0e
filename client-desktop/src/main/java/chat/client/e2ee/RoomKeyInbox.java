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
 * Opens the device messages sent to this device, from trusted device records only, and keeps the
 * room keys they carry. A room key counts only when it names the device that sealed it and that
 * device's signing key, so no device can hand out a session in another's name.
 */
final class RoomKeyInbox {

  /** The trusted record of a device, asking the server for its user's keys when not known yet. */
  interface Devices {
    Optional<DeviceRecord> trusted(DeviceAddress address) throws IOException;
  }

  private final DeviceKeys self;
  private final Devices devices;
  private final RoomReader reader;

  RoomKeyInbox(DeviceKeys self, Devices devices, RoomReader reader) {
    this.self = self;
    this.devices = devices;
    this.reader = reader;
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
        Optional<RoomKey> key =
            RoomKeyPayload.decode(opened.payload())
                .filter(k -> k.sender().equals(from) && Arrays.equals(k.signingKey(), signingKey));
        if (key.isPresent()) {
          reader.addKey(key.get());
        }
      }
      case EnvelopeOpening.Unreadable _, EnvelopeOpening.BadSignature _ -> {
        // not sealed by that device to this one: nothing in it is to be believed
      }
    }
  }
}
