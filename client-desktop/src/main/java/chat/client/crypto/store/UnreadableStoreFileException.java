package chat.client.crypto.store;

import java.io.IOException;

/**
 * A file of the key store does not open: its seal fails (altered, truncated, renamed from another
 * file's name, or sealed under another store key) or it holds a format this version cannot read.
 * Nothing of it is used.
 */
public final class UnreadableStoreFileException extends IOException {

  private static final long serialVersionUID = 1L;

  UnreadableStoreFileException(String message) {
    super(message);
  }
}
