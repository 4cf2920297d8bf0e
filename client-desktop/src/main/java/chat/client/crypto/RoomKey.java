package chat.client.crypto;

/**
 * What a sending device shares of its outbound room session, in a {@code room_key} envelope to
 * every device of every member: the chain key {@code CKᵢ} and its index {@code i}, with the room,
 * the session and the sender's device and signing key. Whoever holds it reads the session's
 * messages from index {@code i} on.
 *
 * @param signingKey the sending device's {@code DSK.pub}, which every message of the session must
 *     be signed with
 */
public record RoomKey(
    String roomId,
    DeviceAddress sender,
    SessionId sessionId,
    byte[] signingKey,
    byte[] chainKey,
    int index) {

  public RoomKey {
    LittleEndian.requireKeyLength(signingKey, "a device signing key");
    LittleEndian.requireKeyLength(chainKey, "a chain key");
    if (index < 0) {
      throw new IllegalArgumentException("a chain index is not negative");
    }
  }
}
