package chat.client.crypto;

/**
 * A room message as its sender's device sealed it: the {@code encrypted} object of the wire ({@code
 * {"v":1,"device":…,"session":…,"index":i,"ciphertext":…,"signature":…}}). The room and the sending
 * user travel beside it, in the message the server stores.
 */
public record EncryptedRoomMessage(
    String deviceId, SessionId sessionId, int index, byte[] ciphertext, byte[] signature) {}
