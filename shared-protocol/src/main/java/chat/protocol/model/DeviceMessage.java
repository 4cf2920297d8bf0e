package chat.protocol.model;

/**
 * A message in a device's inbox: its id (increasing in each inbox), who sent it from which device,
 * and the sealed {@code body}.
 */
public record DeviceMessage(long id, String fromUserId, String fromDeviceId, DeviceEnvelope body) {}
