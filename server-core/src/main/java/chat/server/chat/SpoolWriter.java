package chat.server.chat;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Where the spool puts an upload's pieces as it reads them: each is hashed with SHA-256 and written
 * to the spool file, in order. The reader asks for an empty piece, fills it and hands it back.
 */
sealed interface SpoolWriter extends AutoCloseable permits InlineWriter, PipelinedWriter {

  /**
   * A buffer to read the next piece into.
   *
   * @throws IOException when writing an earlier piece failed
   */
  byte[] emptyPiece() throws IOException;

  /**
   * Takes the first {@code length} bytes of {@code bytes}, from {@link #emptyPiece}.
   *
   * @throws IOException when writing failed
   */
  void write(byte[] bytes, int length) throws IOException;

  /**
   * Finishes with every piece written, and answers the SHA-256 of them all, in hex.
   *
   * @throws IOException when writing a piece failed
   */
  String finish() throws IOException;

  /** Stops, after the pieces already handed over, if {@link #finish} was not called. */
  @Override
  void close();

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
