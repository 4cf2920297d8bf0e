package chat.client.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * Files in encrypted rooms, sealed on the client before upload: the plaintext in segments of
 * {@value #SEGMENT} bytes (the last one shorter, or empty for an empty file), each sealed with
 * AES-256-GCM under the file key, nonce = the 8-byte prefix ‖ the segment's number (4 bytes
 * big-endian, from 0), and as additional data one byte: {@code 0x01} for the last segment, {@code
 * 0x00} for the others. The numbers in the nonces catch segments moved; the last segment's mark
 * catches a file cut short at a segment boundary or lengthened after its end. Both directions
 * stream, holding two segments at a time, never the whole file.
 */
public final class FileCipher {

  public static final int SEGMENT = 64 * 1024;
  static final int SEALED_SEGMENT = SEGMENT + AesGcm.TAG_LENGTH;
  private static final byte[] NOT_LAST = {0x00};
  private static final byte[] LAST = {0x01};
  private static final long MAX_SEGMENTS = 1L << 32;

  private FileCipher() {}

  /** The sealed file is {@code SEALED_SEGMENT} bytes for each full segment, plus the last. */
  public static void encrypt(FileKey fileKey, InputStream plain, OutputStream sealed)
      throws IOException {
    new Segments(fileKey, false).run(plain, sealed);
  }

  /**
   * Writes each segment as soon as it opens; on {@link CorruptFileException} what was written must
   * be thrown away (write to a temporary file and move it in place once this returns).
   */
  public static void decrypt(FileKey fileKey, InputStream sealed, OutputStream plain)
      throws IOException {
    new Segments(fileKey, true).run(sealed, plain);
  }

  /** One pass over a file: reads one segment ahead to know which is the last. */
  private record Segments(FileKey fileKey, boolean opening) {

    void run(InputStream in, OutputStream out) throws IOException {
      int size = opening ? SEALED_SEGMENT : SEGMENT;
      byte[] current = in.readNBytes(size);
      for (long number = 0; ; number++) {
        byte[] next = current.length < size ? new byte[0] : in.readNBytes(size);
        boolean last = next.length == 0;
        out.write(transform(number, last, current));
        if (last) {
          return;
        }
        current = next;
      }
    }

    private byte[] transform(long number, boolean last, byte[] segment) throws IOException {
      if (number >= MAX_SEGMENTS) {
        throw new IOException("a file has at most 2^32 segments");
      }
      byte[] nonce =
          ByteBuffer.allocate(AesGcm.NONCE_LENGTH)
              .put(fileKey.noncePrefix())
              .putInt((int) number)
              .array();
      byte[] aad = last ? LAST : NOT_LAST;
      if (!opening) {
        return AesGcm.seal(fileKey.key(), nonce, aad, segment);
      }
      return AesGcm.open(fileKey.key(), nonce, aad, segment)
          .orElseThrow(() -> new CorruptFileException(number));
    }
  }
}
