package chat.client.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * The key the server-side backup is sealed with, derived from the recovery key: {@code backupKey =
 * HKDF-SHA256(RK, 32 zero bytes, "chat-backup-v1", 32)}. Its check value {@code
 * HMAC-SHA256(HKDF-SHA256(RK, 32 zero bytes, "chat-backup-check-v1", 32), "check")} is stored with
 * the backup, so that a wrong recovery key says so at once instead of failing item by item.
 *
 * <p>Each item (an inbound room session, the identity key) is sealed with AES-256-GCM under a
 * random nonce and {@code aad = LP("chat-backup-item-v1", userId, itemId)}, so that the server
 * cannot hand one item back as another or another user's; a sealed item is the 12-byte nonce
 * followed by the ciphertext and its tag.
 */
public final class BackupKey {

  static final String KEY_CONTEXT = "chat-backup-v1";
  static final String CHECK_CONTEXT = "chat-backup-check-v1";
  static final String ITEM_CONTEXT = "chat-backup-item-v1";
  private static final byte[] CHECK_MESSAGE = "check".getBytes(StandardCharsets.UTF_8);

  private final byte[] key;
  private final byte[] checkValue;

  private BackupKey(byte[] key, byte[] checkValue) {
    this.key = key;
    this.checkValue = checkValue;
  }

  /**
   * What a device keeps of the backup key in its key store, so that it adds items later without the
   * recovery key, which it never keeps.
   */
  public record State(byte[] key, byte[] checkValue) {

    public State {
      LittleEndian.requireKeyLength(key, "a backup key");
    }
  }

  public static BackupKey restore(State state) {
    return new BackupKey(state.key().clone(), state.checkValue().clone());
  }

  public State state() {
    return new State(key.clone(), checkValue.clone());
  }

  public static BackupKey of(RecoveryKey recoveryKey) {
    byte[] rk = recoveryKey.bytes();
    byte[] checkKey = derive(rk, CHECK_CONTEXT);
    return new BackupKey(derive(rk, KEY_CONTEXT), Hmac.sha256(checkKey, CHECK_MESSAGE));
  }

  private static byte[] derive(byte[] rk, String context) {
    return Hkdf.derive(rk, Hkdf.ZERO_SALT, context.getBytes(StandardCharsets.UTF_8), 32);
  }

  /** The value stored with the backup. */
  public byte[] checkValue() {
    return checkValue.clone();
  }

  /** Whether this is the key of a backup whose check value is {@code stored}. */
  public boolean opens(byte[] stored) {
    return MessageDigest.isEqual(checkValue, stored);
  }

  public byte[] seal(String userId, String itemId, byte[] item) {
    return seal(userId, itemId, item, Bytes.random(AesGcm.NONCE_LENGTH));
  }

  /** With a given nonce: fixed bytes for fixed inputs, for the format's vector. */
  byte[] seal(String userId, String itemId, byte[] item, byte[] nonce) {
    byte[] ciphertext = AesGcm.seal(key, nonce, aad(userId, itemId), item);
    return ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array();
  }

  /** The item, or empty when it is another item, another user's, altered, or another key's. */
  public Optional<byte[]> open(String userId, String itemId, byte[] sealed) {
    if (sealed.length < AesGcm.NONCE_LENGTH + AesGcm.TAG_LENGTH) {
      return Optional.empty();
    }
    byte[] nonce = Arrays.copyOf(sealed, AesGcm.NONCE_LENGTH);
    byte[] ciphertext = Arrays.copyOfRange(sealed, AesGcm.NONCE_LENGTH, sealed.length);
    return AesGcm.open(key, nonce, aad(userId, itemId), ciphertext);
  }

  private static byte[] aad(String userId, String itemId) {
    return Lp.of(ITEM_CONTEXT, userId, itemId);
  }

  @Override
  public String toString() {
    return "BackupKey[hidden]";
  }
}
