package chat.server.chat;

import java.io.IOException;

/**
 * An upload's body ended before its bytes were all there, or reading it failed: the client went
 * away, and nothing of the upload was kept.
 */
public final class UploadCutShortException extends RuntimeException {

  UploadCutShortException(String message, IOException cause) {
    super(message, cause, false, false);
  }

  /** The failure reading the body, or one made up when the body merely ended early. */
  public IOException reason() {
    return getCause() instanceof IOException io ? io : new IOException(getMessage());
  }
}
