package chat.client.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an authenticator app shows for a base32 secret (RFC 6238: HMAC-SHA-1, 30 s, 6 digits), by
 * this machine's clock: the tests' own authenticator, written apart from the server's.
 */
public final class TotpCodes {

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private TotpCodes() {}

  /** The code of the step {@code offset} steps from the current one. */
  public static String now(String base32Secret, int offset) {
    long step = System.currentTimeMillis() / 30_000 + offset;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key(base32Secret), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
      int at = hash[hash.length - 1] & 0xf;
      int value = ByteBuffer.wrap(hash, at, Integer.BYTES).getInt() & 0x7fffffff;
      return String.format(Locale.ROOT, "%06d", value % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] key(String base32) {
    ByteBuffer key = ByteBuffer.allocate(base32.length() * 5 / 8);
    long bits = 0;
    int count = 0;
    for (char letter : base32.toCharArray()) {
      bits = (bits << 5) | BASE32.indexOf(letter);
      count += 5;
      if (count >= 8) {
        count -= 8;
        key.put((byte) (bits >>> count));
      }
    }
    return key.array();
  }
}
