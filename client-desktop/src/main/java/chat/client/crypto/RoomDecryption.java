package chat.client.crypto;

/**
 * What decrypting a room message gave: its plaintext, or the reason there is none. Callers switch
 * over it with no {@code default}, so a new outcome must be handled everywhere.
 */
public sealed interface RoomDecryption {

  record Decrypted(byte[] plaintext) implements RoomDecryption {}

  /** The AES-GCM tag failed: the ciphertext or its header was altered ("tampered"). */
  record Tampered() implements RoomDecryption {}

  /**
   * It decrypts, but is not signed by the device the room key came from: someone else holding the
   * room key (any member) made it ("forged").
   */
  record Forged() implements RoomDecryption {}

  /**
   * This index of the session was already decrypted under another message id ("replayed"): the same
   * message again under its own id is fine.
   *
   * @param originalMessageId the message that first carried this index
   */
  record Replayed(String originalMessageId) implements RoomDecryption {}

  /**
   * No key reaches it ("cannot decrypt: key not shared"): an unknown session, an index before the
   * earliest chain key held, or more than {@value InboundRoomSession#MAX_STEPS} steps past it.
   */
  record NoKey() implements RoomDecryption {}
}
