package chat.client.crypto;

/**
 * What a file is sealed with, carried inside the encrypted message that shares the file: an
 * AES-256-GCM key of its own and the 8 random bytes its segments' nonces start with.
 */
public record FileKey(byte[] key, byte[] noncePrefix) {

  static final int KEY_LENGTH = 32;
  static final int PREFIX_LENGTH = 8;

  public FileKey {
    if (key.length != KEY_LENGTH || noncePrefix.length != PREFIX_LENGTH) {
      throw new IllegalArgumentException("a file key is 32 bytes and its nonce prefix 8");
    }
  }

  public static FileKey generate() {
    return new FileKey(Bytes.random(KEY_LENGTH), Bytes.random(PREFIX_LENGTH));
  }
}
