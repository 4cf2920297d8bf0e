package chat.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords of RFC 6238: the HOTP of RFC 4226 (HMAC, dynamic truncation) over
 * the number of whole steps since the epoch, with the JDK's {@link Mac}.
 *
 * @param algorithm the JDK's name of the HMAC: {@code HmacSHA1}, {@code HmacSHA256} or {@code
 *     HmacSHA512}
 * @param digits how many decimal digits a code has
 * @param stepSeconds how long one code lives
 */
record Totp(String algorithm, int digits, long stepSeconds) {

  /** What authenticator apps assume when the URI says nothing else: SHA-1, 6 digits, 30 s. */
  static final Totp STANDARD = new Totp("HmacSHA1", 6, 30);

  /** How many steps before and after the current one a code is still accepted (clock drift). */
  static final int DRIFT_STEPS = 1;

  private static final long[] POWERS_OF_TEN = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L
  };

  Totp {
    if (digits < 6 || digits > 8 || stepSeconds < 1) {
      throw new IllegalArgumentException("6 to 8 digits, a step of at least a second");
    }
  }

  /** The step that {@code epochMillis} falls in. */
  long step(long epochMillis) {
    return Math.floorDiv(epochMillis, stepSeconds * 1_000);
  }

  /** The code of {@code step}, zero-padded to {@link #digits}. */
  String code(byte[] key, long step) {
    byte[] hash = hmac(key, step);
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    long otp = binary % POWERS_OF_TEN[digits];
    return String.format("%0" + digits + "d", otp);
  }

  /**
   * The step within {@link #DRIFT_STEPS} of the one {@code epochMillis} falls in whose code is
   * {@code code}; empty when none is. Every candidate is computed and compared in constant time, so
   * the answer's timing does not tell which step matched.
   */
  OptionalLong matchingStep(byte[] key, String code, long epochMillis) {
    long now = step(epochMillis);
    long found = Long.MIN_VALUE;
    for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
      if (MessageDigest.isEqual(
          code(key, step).getBytes(StandardCharsets.US_ASCII),
          code.getBytes(StandardCharsets.US_ASCII))) {
        found = step;
      }
    }
    return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
  }

  private byte[] hmac(byte[] key, long step) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      byte[] counter = new byte[8];
      for (int i = 7; i >= 0; i--) {
        counter[i] = (byte) (step & 0xff);
        step >>>= 8;
      }
      return mac.doFinal(counter);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("unusable TOTP key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has " + algorithm, e);
    }
  }
}
