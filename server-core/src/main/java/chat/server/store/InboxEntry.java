package chat.server.store;

import chat.protocol.model.DeviceEnvelope;

/** A device message about to be stored in the inbox of the device {@code deviceId}. */
public record InboxEntry(
    String deviceId, String fromUserId, String fromDeviceId, DeviceEnvelope body) {}
