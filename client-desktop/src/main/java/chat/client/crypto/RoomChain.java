package chat.client.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The symmetric ratchet of a room session and what one message key gives, shared by the sending and
 * the receiving side:
 *
 * <ul>
 *   <li>{@code MKᵢ = HMAC-SHA256(CKᵢ, 0x01)}, {@code CKᵢ₊₁ = HMAC-SHA256(CKᵢ, 0x02)} (the symmetric
 *       ratchet of Signal's specification): knowing {@code CKᵢ} gives every later key, no earlier
 *       one;
 *   <li>{@code HKDF-SHA256(MKᵢ, 32 zero bytes, "chat-room-message-v1", 44)}: an AES-256-GCM key and
 *       its 12-byte nonce, used for one message;
 *   <li>{@code header = LP("chat-room-message-v1", roomId, senderUserId, senderDeviceId, sessionId,
 *       i)}, the AES-GCM additional data, and the signed bytes {@code LP(header, ciphertext)}.
 * </ul>
 */
final class RoomChain {

  static final String CONTEXT = "chat-room-message-v1";
  private static final byte[] MESSAGE_KEY_STEP = {0x01};
  private static final byte[] CHAIN_KEY_STEP = {0x02};
  private static final int KEY_LENGTH = 32;

  private RoomChain() {}

  /** The AES-256-GCM key and nonce of one message. */
  record MessageKeys(byte[] key, byte[] nonce) {}

  static byte[] next(byte[] chainKey) {
    return Hmac.sha256(chainKey, CHAIN_KEY_STEP);
  }

  static MessageKeys messageKeys(byte[] chainKey) {
    byte[] messageKey = Hmac.sha256(chainKey, MESSAGE_KEY_STEP);
    byte[] okm =
        Hkdf.derive(
            messageKey,
            Hkdf.ZERO_SALT,
            CONTEXT.getBytes(StandardCharsets.UTF_8),
            KEY_LENGTH + AesGcm.NONCE_LENGTH);
    return new MessageKeys(
        Arrays.copyOf(okm, KEY_LENGTH), Arrays.copyOfRange(okm, KEY_LENGTH, okm.length));
  }

  static byte[] header(String roomId, DeviceAddress sender, SessionId sessionId, int index) {
    return Lp.of(CONTEXT, roomId, sender.userId(), sender.deviceId(), sessionId.bytes(), index);
  }

  static byte[] signedBytes(byte[] header, byte[] ciphertext) {
    return Lp.of(header, ciphertext);
  }
}
