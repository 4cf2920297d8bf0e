package chat.server.chat;

import chat.protocol.client.OutgoingDeviceMessage;
import chat.protocol.model.DeviceMessage;
import chat.protocol.result.DeviceSendResult;
import chat.protocol.server.DeviceMessageNew;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.store.BusEvent;
import chat.server.store.DeviceInboxStore;
import chat.server.store.EventBus;
import chat.server.store.InboxEntry;
import chat.server.store.KeyStore;
import chat.server.store.StorePorts;
import chat.server.store.StoredDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Device messages (docs/E2EE.md, "Device messages"): sealed envelopes from the device of one
 * session to devices of the sender or of people who share a room with them, kept in each
 * recipient's inbox until it acknowledges them and pushed at once, as {@code device.message}, to
 * the sockets of the session that owns the recipient, on whichever node they are.
 */
public final class DeviceMessageService {

  /** The most messages an inbox holds before sends to it are refused. */
  public static final int INBOX_CAPACITY = 10_000;

  /** When a sender refused for a full inbox may try again. */
  static final long FULL_INBOX_RETRY_MS = 10_000;

  private final KeyStore keys;
  private final DeviceInboxStore inboxes;
  private final EventBus events;
  private final PresenceService presence;

  public DeviceMessageService(StorePorts stores, PresenceService presence) {
    this.keys = stores.keys();
    this.inboxes = stores.inboxes();
    this.events = stores.events();
    this.presence = presence;
  }

  /**
   * Stores each message for its device and pushes it there; a device that does not exist, or is not
   * its user's, is answered in {@code unknownDevices} and gets nothing. The whole send is checked
   * before anything is stored: a refusal stores nothing.
   *
   * @throws ChatException {@code FORBIDDEN} when the sender's session has no device or a recipient
   *     neither is the sender nor shares a room with them; {@code RATE_LIMITED} when an inbox would
   *     hold more than {@value #INBOX_CAPACITY} messages
   */
  public DeviceSendResult send(AuthenticatedUser sender, List<OutgoingDeviceMessage> messages) {
    StoredDevice from = ownDevice(sender);
    Set<String> reachable = presence.visibleTo(sender.userId());
    for (OutgoingDeviceMessage message : messages) {
      if (!reachable.contains(message.userId())) {
        throw ChatException.forbidden("you share no room with " + message.userId());
      }
    }
    List<String> unknown = new ArrayList<>();
    List<InboxEntry> entries = new ArrayList<>();
    List<StoredDevice> recipients = new ArrayList<>();
    for (OutgoingDeviceMessage message : messages) {
      Optional<StoredDevice> to =
          keys.device(message.deviceId()).filter(d -> d.userId().equals(message.userId()));
      if (to.isEmpty()) {
        if (!unknown.contains(message.deviceId())) {
          unknown.add(message.deviceId());
        }
      } else {
        recipients.add(to.get());
        entries.add(
            new InboxEntry(message.deviceId(), sender.userId(), from.deviceId(), message.body()));
      }
    }
    if (!entries.isEmpty()) {
      List<DeviceMessage> stored =
          inboxes
              .append(entries, INBOX_CAPACITY)
              .orElseThrow(() -> ChatException.rateLimited(FULL_INBOX_RETRY_MS));
      for (int i = 0; i < stored.size(); i++) {
        DeviceMessage message = stored.get(i);
        events.publish(
            new BusEvent.SessionDelivery(
                recipients.get(i).sessionId(),
                new DeviceMessageNew(
                    message.id(), message.fromUserId(), message.fromDeviceId(), message.body())));
      }
    }
    return new DeviceSendResult(unknown);
  }

  /**
   * The oldest messages of the inbox of the caller's session's device, at most {@code limit}, those
   * after {@code after} when it is set.
   *
   * @throws ChatException {@code FORBIDDEN} when the session has no device
   */
  public List<DeviceMessage> inbox(AuthenticatedUser caller, Long after, int limit) {
    return inboxes.after(ownDevice(caller).deviceId(), after == null ? 0 : after, limit);
  }

  /**
   * Removes the messages of the caller's session's device's inbox up to {@code upTo}.
   *
   * @throws ChatException {@code FORBIDDEN} when the session has no device
   */
  public void acknowledge(AuthenticatedUser caller, long upTo) {
    inboxes.acknowledge(ownDevice(caller).deviceId(), upTo);
  }

  private StoredDevice ownDevice(AuthenticatedUser caller) {
    return keys.deviceOfSession(caller.sessionId())
        .orElseThrow(() -> ChatException.forbidden("this session has registered no device"));
  }
}
