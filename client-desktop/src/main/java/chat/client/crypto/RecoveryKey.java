package chat.client.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The recovery key {@code RK}: 32 random bytes the user writes down once, which open the key backup
 * on a new device. Written as 14 groups of 4 characters of Crockford base32 spelling 35 bytes: a
 * format byte ({@value #FORMAT}), the key, and a 2-byte check (the first two bytes of SHA-256 of
 * the 33 before it), so that a mistyped key is caught before it is tried against the backup. A
 * passphrase may stand in for the key, stretched into one by Argon2id.
 */
public final class RecoveryKey {

  static final int LENGTH = 32;
  static final byte FORMAT = 1;
  static final int CHECK_LENGTH = 2;
  static final int GROUP = 4;
  public static final int PASSPHRASE_SALT_LENGTH = 16;

  private final byte[] key;

  private RecoveryKey(byte[] key) {
    if (key.length != LENGTH) {
      throw new IllegalArgumentException("a recovery key is " + LENGTH + " bytes");
    }
    this.key = key.clone();
  }

  public static RecoveryKey generate() {
    return new RecoveryKey(Bytes.random(LENGTH));
  }

  public static RecoveryKey of(byte[] key) {
    return new RecoveryKey(key);
  }

  /**
   * The key a person typed, or empty when it is not one: a character outside the alphabet, too many
   * or too few, another format, or a check that does not match (a typo).
   */
  public static Optional<RecoveryKey> parse(String typed) {
    return CrockfordBase32.decode(typed, 1 + LENGTH + CHECK_LENGTH)
        .filter(bytes -> bytes[0] == FORMAT)
        .filter(
            bytes ->
                MessageDigest.isEqual(
                    check(Arrays.copyOf(bytes, 1 + LENGTH)),
                    Arrays.copyOfRange(bytes, 1 + LENGTH, bytes.length)))
        .map(bytes -> new RecoveryKey(Arrays.copyOfRange(bytes, 1, 1 + LENGTH)));
  }

  /**
   * The key stretched from {@code passphrase} (in Unicode NFC, then UTF-8, so that the same words
   * typed on two systems give the same key) by Argon2id with {@code salt}: {@link
   * Argon2id.Cost#RECOVERY} in the app, stored with the backup together with the salt.
   */
  public static RecoveryKey fromPassphrase(String passphrase, byte[] salt, Argon2id.Cost cost) {
    byte[] password =
        Normalizer.normalize(passphrase, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
    return new RecoveryKey(Argon2id.derive(password, salt, cost, LENGTH));
  }

  public byte[] bytes() {
    return key.clone();
  }

  /** The key as a person writes it down: 14 groups of 4 characters, separated by spaces. */
  public String display() {
    byte[] body = ByteBuffer.allocate(1 + LENGTH).put(FORMAT).put(key).array();
    String text =
        CrockfordBase32.encode(
            ByteBuffer.allocate(body.length + CHECK_LENGTH).put(body).put(check(body)).array());
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < text.length(); i += GROUP) {
      grouped.append(i == 0 ? "" : " ").append(text, i, Math.min(text.length(), i + GROUP));
    }
    return grouped.toString();
  }

  private static byte[] check(byte[] body) {
    try {
      return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(body), CHECK_LENGTH);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  @Override
  public String toString() {
    return "RecoveryKey[hidden]";
  }
}
