package chat.client.crypto;

/** One device of one user: who signs or receives a message. */
public record DeviceAddress(String userId, String deviceId) {}
