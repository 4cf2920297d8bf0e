package chat.client.crypto;

import java.io.IOException;

/**
 * An encrypted file's bytes are not what was sealed: a segment altered, moved, dropped from the end
 * or added after it, or the wrong key.
 */
public final class CorruptFileException extends IOException {

  private static final long serialVersionUID = 1L;

  CorruptFileException(long segment) {
    super("encrypted file does not open at segment " + segment);
  }
}
