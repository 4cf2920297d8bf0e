package chat.server.store.redis;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The size and the bit positions of a Bloom filter kept in a Redis bitmap: what RedisBloom's {@code
 * BF.RESERVE capacity error_rate} computes, done here so only core commands are needed.
 *
 * <p>For {@code n} items and false-positive rate {@code p}: {@code m = -n ln p / (ln 2)^2} bits and
 * {@code k = (m / n) ln 2} hash functions. The k positions come from two 64-bit halves of one
 * SHA-256 digest ({@code h1 + i h2 mod m}, Kirsch and Mitzenmacher), so every node computes the
 * same positions for an item without sharing any state.
 */
record BloomShape(long bits, int hashes) {

  /** Redis bitmaps hold at most 2^32 bits (512 MB). */
  private static final long MAX_BITS = 1L << 32;

  BloomShape {
    if (bits < 1 || bits > MAX_BITS || hashes < 1) {
      throw new IllegalArgumentException("a Bloom filter needs 1..2^32 bits and 1+ hashes");
    }
  }

  static BloomShape of(long capacity, double errorRate) {
    if (capacity < 1 || !(errorRate > 0 && errorRate < 1)) {
      throw new IllegalArgumentException("capacity must be >= 1 and error rate in (0, 1)");
    }
    double ln2 = Math.log(2);
    long bits = (long) Math.ceil(-capacity * Math.log(errorRate) / (ln2 * ln2));
    int hashes = Math.max(1, (int) Math.round((double) bits / capacity * ln2));
    return new BloomShape(Math.min(bits, MAX_BITS), hashes);
  }

  /** The bit offsets of {@code item}: {@link #hashes} of them, each in [0, bits). */
  long[] positions(String item) {
    ByteBuffer digest = ByteBuffer.wrap(sha256(item));
    long h1 = digest.getLong();
    long h2 = digest.getLong() | 1; // odd, so the k positions do not collapse onto one
    long[] positions = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      positions[i] = Math.floorMod(h1 + i * h2, bits);
    }
    return positions;
  }

  private static byte[] sha256(String item) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(item.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
