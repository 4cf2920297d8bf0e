package chat.client.crypto;

import java.time.Instant;

/**
 * One sending device's session in one room: a random {@link SessionId}, a chain key that moves on
 * with every message, and the index of the next message. It encrypts at most {@value #MAX_MESSAGES}
 * messages, so that a receiver never derives more than 99 steps from the first chain key; {@link
 * SessionRotation} says when to start the next one before that. Not thread-safe: a room's messages
 * are sent one at a time.
 */
public final class OutboundRoomSession {

  public static final int MAX_MESSAGES = 100;

  private final String roomId;
  private final DeviceAddress self;
  private final SigningKeyPair signingKey;
  private final SessionId sessionId;
  private final Instant createdAt;
  private byte[] chainKey;
  private int index;
  private boolean retired;

  OutboundRoomSession(
      String roomId,
      DeviceAddress self,
      SigningKeyPair signingKey,
      SessionId sessionId,
      byte[] chainKey,
      Instant createdAt) {
    LittleEndian.requireKeyLength(chainKey, "a chain key");
    this.roomId = roomId;
    this.self = self;
    this.signingKey = signingKey;
    this.sessionId = sessionId;
    this.chainKey = chainKey.clone();
    this.createdAt = createdAt;
  }

  /**
   * What a device keeps of an outbound session across restarts: all of it but the signing key,
   * which the device keeps once for every session. {@code index} is also the number of messages
   * encrypted so far.
   */
  public record State(
      String roomId,
      DeviceAddress self,
      SessionId sessionId,
      byte[] chainKey,
      int index,
      Instant createdAt,
      boolean retired) {}

  /** A session as it was saved, signing with the device's {@code signingKey}. */
  public static OutboundRoomSession restore(State state, SigningKeyPair signingKey) {
    OutboundRoomSession session =
        new OutboundRoomSession(
            state.roomId(),
            state.self(),
            signingKey,
            state.sessionId(),
            state.chainKey(),
            state.createdAt());
    session.index = state.index();
    session.retired = state.retired();
    return session;
  }

  public State state() {
    return new State(roomId, self, sessionId, chainKey.clone(), index, createdAt, retired);
  }

  /** A new session with a random id and a random first chain key {@code CK₀}. */
  public static OutboundRoomSession start(
      String roomId, DeviceAddress self, SigningKeyPair signingKey, Instant now) {
    return new OutboundRoomSession(
        roomId, self, signingKey, SessionId.random(), Bytes.random(32), now);
  }

  /** The session as it is now, to share before the next message: {@code CKᵢ} and {@code i}. */
  public RoomKey roomKey() {
    return new RoomKey(roomId, self, sessionId, signingKey.publicKey(), chainKey, index);
  }

  /**
   * Encrypts and signs message {@code i} under {@code MKᵢ}, then moves the chain on: {@code CKᵢ} is
   * forgotten.
   *
   * @throws IllegalStateException after {@value #MAX_MESSAGES} messages or once retired
   */
  public EncryptedRoomMessage encrypt(byte[] plaintext) {
    if (index >= MAX_MESSAGES || retired) {
      throw new IllegalStateException("this room session is used up: start a new one");
    }
    byte[] header = RoomChain.header(roomId, self, sessionId, index);
    RoomChain.MessageKeys keys = RoomChain.messageKeys(chainKey);
    byte[] ciphertext = AesGcm.seal(keys.key(), keys.nonce(), header, plaintext);
    byte[] signature = Ed25519.sign(signingKey.seed(), RoomChain.signedBytes(header, ciphertext));
    EncryptedRoomMessage message =
        new EncryptedRoomMessage(self.deviceId(), sessionId, index, ciphertext, signature);
    chainKey = RoomChain.next(chainKey);
    index++;
    return message;
  }

  /**
   * The room's members or their devices changed: this session must not carry another message, since
   * a device that left still holds its key and a new one does not.
   */
  public void retire() {
    retired = true;
  }

  public boolean retired() {
    return retired;
  }

  public int messagesEncrypted() {
    return index;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public SessionId sessionId() {
    return sessionId;
  }

  public String roomId() {
    return roomId;
  }
}
