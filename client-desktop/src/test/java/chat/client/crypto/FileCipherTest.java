package chat.client.crypto;

import static chat.client.crypto.FileCipher.SEALED_SEGMENT;
import static chat.client.crypto.FileCipher.SEGMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileCipherTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final FileKey FIXED =
      new FileKey(FixedKeys.filled(32, 0x01), FixedKeys.filled(8, 0x02));
  private static final byte[] SMALL = "a small file\n".getBytes(StandardCharsets.UTF_8);
  private static final String SMALL_SEALED =
      "d1e4e0ece13538ced1ed9f83db" + "b4f80a17c16c4e7f255982c2a935eccf";

  /** Key 01…, nonce prefix 02…: one segment, number 0, marked last. */
  @Test
  void fixedVectorOfASmallFile() throws Exception {
    assertThat(HEX.formatHex(encrypt(FIXED, SMALL))).isEqualTo(SMALL_SEALED);

    Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
    gcm.init(
        Cipher.ENCRYPT_MODE,
        new SecretKeySpec(FIXED.key(), "AES"),
        new GCMParameterSpec(128, HEX.parseHex("0202020202020202" + "00000000")));
    gcm.updateAAD(new byte[] {0x01});
    assertThat(HEX.formatHex(gcm.doFinal(SMALL))).isEqualTo(SMALL_SEALED);
    assertThat(decrypt(FIXED, HEX.parseHex(SMALL_SEALED))).isEqualTo(SMALL);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT + 17})
  void filesOfEverySizeRoundTripInSegments(int size) throws Exception {
    FileKey key = FileKey.generate();
    byte[] plain = randomBytes(size);
    byte[] sealed = encrypt(key, plain);

    int segments = Math.max(1, (size + SEGMENT - 1) / SEGMENT);
    assertThat(sealed).hasSize(size + segments * AesGcm.TAG_LENGTH);
    assertThat(decrypt(key, sealed)).isEqualTo(plain);
  }

  @Test
  void aFileCutAtASegmentBoundaryIsRefused() throws Exception {
    FileKey key = FileKey.generate();
    byte[] twoFull = encrypt(key, randomBytes(2 * SEGMENT));
    byte[] twoAndABit = encrypt(key, randomBytes(2 * SEGMENT + 10));

    assertThat(decrypt(key, twoFull)).hasSize(2 * SEGMENT);
    assertRefused(key, Arrays.copyOf(twoFull, SEALED_SEGMENT));
    assertRefused(key, Arrays.copyOf(twoAndABit, 2 * SEALED_SEGMENT));
    assertRefused(key, Arrays.copyOf(twoAndABit, 2 * SEALED_SEGMENT + 5));
    assertRefused(key, new byte[0]);
  }

  @Test
  void aSegmentAddedAfterTheLastIsRefused() throws Exception {
    FileKey key = FileKey.generate();
    byte[] one = encrypt(key, randomBytes(SEGMENT));

    assertRefused(key, concat(one, one));
  }

  @Test
  void swappedSegmentsAreRefused() throws Exception {
    FileKey key = FileKey.generate();
    byte[] sealed = encrypt(key, randomBytes(3 * SEGMENT));
    byte[] swapped = sealed.clone();
    System.arraycopy(sealed, 0, swapped, SEALED_SEGMENT, SEALED_SEGMENT);
    System.arraycopy(sealed, SEALED_SEGMENT, swapped, 0, SEALED_SEGMENT);

    assertRefused(key, swapped);
  }

  @Test
  void aFlippedByteOrAnotherKeyIsRefused() throws Exception {
    FileKey key = FileKey.generate();
    byte[] sealed = encrypt(key, randomBytes(SEGMENT + 100));
    byte[] flipped = sealed.clone();
    flipped[SEALED_SEGMENT + 3] ^= 1;

    assertRefused(key, flipped);
    assertRefused(FileKey.generate(), sealed);
  }

  /** Streaming: the first sealed segment is out before the input is read past the second. */
  @Test
  void encryptionWritesEachSegmentBeforeReadingFarAhead() throws Exception {
    CountingInput input = new CountingInput(new ByteArrayInputStream(new byte[5 * SEGMENT]));
    long[] readWhenFirstWritten = {-1};
    OutputStream output =
        new OutputStream() {
          @Override
          public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            if (readWhenFirstWritten[0] < 0) {
              readWhenFirstWritten[0] = input.count;
            }
          }
        };

    FileCipher.encrypt(FileKey.generate(), input, output);

    assertThat(readWhenFirstWritten[0]).isLessThanOrEqualTo(2L * SEGMENT);
    assertThat(input.count).isEqualTo(5L * SEGMENT);
  }

  private static void assertRefused(FileKey key, byte[] sealed) {
    assertThatThrownBy(() -> decrypt(key, sealed)).isInstanceOf(CorruptFileException.class);
  }

  private static byte[] encrypt(FileKey key, byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FileCipher.encrypt(key, new ByteArrayInputStream(plain), out);
    return out.toByteArray();
  }

  private static byte[] decrypt(FileKey key, byte[] sealed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FileCipher.decrypt(key, new ByteArrayInputStream(sealed), out);
    return out.toByteArray();
  }

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static final class CountingInput extends InputStream {
    private final InputStream in;
    private long count;

    CountingInput(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }
  }
}
