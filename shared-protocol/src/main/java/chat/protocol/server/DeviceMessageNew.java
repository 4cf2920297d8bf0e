package chat.protocol.server;

import chat.protocol.model.DeviceEnvelope;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A message for the device of the receiving socket's session, pushed as it is stored; it stays in
 * the inbox ({@code device.inbox}) until acknowledged ({@code device.ack}).
 */
@JsonTypeName("device.message")
public record DeviceMessageNew(long id, String fromUserId, String fromDeviceId, DeviceEnvelope body)
    implements ServerFrame {}
