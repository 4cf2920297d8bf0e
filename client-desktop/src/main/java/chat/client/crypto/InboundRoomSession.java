package chat.client.crypto;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A receiving device's copy of one sender device's room session: the earliest chain key it was
 * given and its index, from which it derives forward (at most {@value #MAX_STEPS} steps) to any
 * later message's key, and the indexes it has decrypted, so that a message replayed under another
 * id is caught. The earliest key is kept, not the latest, so that history stays readable.
 */
public final class InboundRoomSession {

  /**
   * A session carries {@value OutboundRoomSession#MAX_MESSAGES} messages: 99 steps past its key.
   */
  public static final int MAX_STEPS = OutboundRoomSession.MAX_MESSAGES - 1;

  private RoomKey earliest;
  private final Map<Integer, String> decrypted = new HashMap<>();

  /** The nearest chain key derived so far, so that reading in order costs one step a message. */
  private int cachedIndex;

  private byte[] cachedChainKey;

  public InboundRoomSession(RoomKey earliest) {
    this.earliest = earliest;
    this.cachedIndex = earliest.index();
    this.cachedChainKey = earliest.chainKey().clone();
  }

  /**
   * What a device keeps of an inbound session across restarts: the earliest key and, per index
   * decrypted, the message id that carried it, so that a replay is still caught after a restart.
   */
  public record State(RoomKey earliest, Map<Integer, String> decrypted) {

    public State {
      decrypted = Map.copyOf(decrypted);
    }
  }

  public static InboundRoomSession restore(State state) {
    InboundRoomSession session = new InboundRoomSession(state.earliest());
    session.decrypted.putAll(state.decrypted());
    return session;
  }

  public State state() {
    return new State(earliest, decrypted);
  }

  public RoomKey earliest() {
    return earliest;
  }

  /**
   * Takes {@code key} as the earliest if it is the same session at an earlier index, signed by the
   * same device; otherwise keeps what it holds.
   */
  void offer(RoomKey key) {
    if (key.index() < earliest.index() && Arrays.equals(key.signingKey(), earliest.signingKey())) {
      earliest = key;
      cachedIndex = key.index();
      cachedChainKey = key.chainKey().clone();
    }
  }

  /**
   * Checks, in this order: that a key reaches the index; the AES-GCM tag; the signature under the
   * room key's {@code DSK}; that the index was not already read under another message id.
   */
  public RoomDecryption decrypt(String messageId, EncryptedRoomMessage message) {
    int index = message.index();
    if (index < earliest.index() || index - earliest.index() > MAX_STEPS) {
      return new RoomDecryption.NoKey();
    }
    byte[] header =
        RoomChain.header(earliest.roomId(), earliest.sender(), earliest.sessionId(), index);
    RoomChain.MessageKeys keys = RoomChain.messageKeys(chainKeyAt(index));
    Optional<byte[]> plaintext =
        AesGcm.open(keys.key(), keys.nonce(), header, message.ciphertext());
    if (plaintext.isEmpty()) {
      return new RoomDecryption.Tampered();
    }
    byte[] signed = RoomChain.signedBytes(header, message.ciphertext());
    if (!Ed25519.verify(earliest.signingKey(), signed, message.signature())) {
      return new RoomDecryption.Forged();
    }
    String first = decrypted.putIfAbsent(index, messageId);
    if (first != null && !first.equals(messageId)) {
      return new RoomDecryption.Replayed(first);
    }
    return new RoomDecryption.Decrypted(plaintext.get());
  }

  private byte[] chainKeyAt(int index) {
    int from = cachedIndex <= index ? cachedIndex : earliest.index();
    byte[] chainKey = cachedIndex <= index ? cachedChainKey : earliest.chainKey();
    for (int i = from; i < index; i++) {
      chainKey = RoomChain.next(chainKey);
    }
    cachedIndex = index;
    cachedChainKey = chainKey;
    return chainKey;
  }
}
