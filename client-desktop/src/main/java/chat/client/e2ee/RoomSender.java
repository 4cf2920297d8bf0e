package chat.client.e2ee;

import chat.client.crypto.DeviceAddress;
import chat.client.crypto.DeviceRecord;
import chat.client.crypto.EncryptedRoomMessage;
import chat.client.crypto.OutboundRoomSession;
import chat.client.crypto.RoomKey;
import chat.client.crypto.SessionRotation;
import chat.client.crypto.store.DeviceKeys;
import chat.protocol.client.OutgoingDeviceMessage;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * This device's outbound session in each encrypted room: a new one when {@link SessionRotation}
 * says so, and whenever the devices to read it differ from those the current one was shared with (a
 * member joined or left, a device came or went), so that a removed member's devices never receive
 * it. A new session's key goes as {@code room_key} envelopes to every one of those devices before
 * the first message that uses it. Not thread-safe: {@link EndToEnd} calls it from its one worker.
 */
final class RoomSender {

  /** Sends device messages and returns once the server stored them. */
  interface DeviceMail {
    void send(List<OutgoingDeviceMessage> messages);
  }

  private record Current(OutboundRoomSession session, Set<DeviceAddress> sharedWith) {}

  private static final int MAX_PER_SEND = 200;

  private final DeviceKeys self;
  private final Clock clock;
  private final SessionRotation rotation;
  private final DeviceMail mail;
  private final Consumer<RoomKey> ownKey;
  private final Map<String, Current> rooms = new HashMap<>();

  /**
   * @param ownKey takes each new session's key, so that this device reads its own messages
   */
  RoomSender(DeviceKeys self, Clock clock, DeviceMail mail, Consumer<RoomKey> ownKey) {
    this.self = self;
    this.clock = clock;
    this.rotation = new SessionRotation(clock);
    this.mail = mail;
    this.ownKey = ownKey;
  }

  /** {@code plaintext} encrypted for the room, readable by {@code readers} (not this device). */
  EncryptedRoomMessage encrypt(String roomId, byte[] plaintext, List<DeviceRecord> readers) {
    Set<DeviceAddress> addresses =
        readers.stream().map(DeviceRecord::address).collect(Collectors.toSet());
    Current current = rooms.get(roomId);
    if (current == null
        || rotation.isDue(current.session())
        || !current.sharedWith().equals(addresses)) {
      current = start(roomId, readers, addresses);
    }
    return current.session().encrypt(plaintext);
  }

  private Current start(String roomId, List<DeviceRecord> readers, Set<DeviceAddress> addresses) {
    OutboundRoomSession session =
        OutboundRoomSession.start(roomId, self.address(), self.signing(), clock.instant());
    RoomKey key = session.roomKey();
    ownKey.accept(key);
    byte[] payload = RoomKeyPayload.encode(key);
    List<OutgoingDeviceMessage> envelopes =
        readers.stream().map(reader -> WireKeys.sealed(self, reader, payload)).toList();
    for (int from = 0; from < envelopes.size(); from += MAX_PER_SEND) {
      mail.send(envelopes.subList(from, Math.min(envelopes.size(), from + MAX_PER_SEND)));
    }
    Current current = new Current(session, addresses);
    rooms.put(roomId, current);
    return current;
  }
}
