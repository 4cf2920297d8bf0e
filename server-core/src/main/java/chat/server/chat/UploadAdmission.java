package chat.server.chat;

import chat.server.error.ChatException;
import chat.server.store.StorageUnavailableException;
import java.util.HashMap;
import java.util.Map;

/**
 * Which uploads may be spooled now, so that the spool's disk cannot be filled by uploads in flight:
 * all of this node's together may reserve at most {@code spoolBytes}, and one user may have at most
 * {@code perUser} at once. Each upload reserves its declared length, or the largest file for a
 * chunked body, before a byte is read, and gives it back when it ends.
 */
final class UploadAdmission {

  /** How long a user with too many uploads at once is told to wait. */
  static final long BUSY_RETRY_MS = 1_000;

  /** An admitted upload's reservation; closing it gives the reservation back, once. */
  interface Ticket extends AutoCloseable {
    @Override
    void close();
  }

  private final long spoolBytes;
  private final int perUser;
  private final Map<String, Integer> uploading = new HashMap<>();
  private long reserved;

  UploadAdmission(long spoolBytes, int perUser) {
    this.spoolBytes = spoolBytes;
    this.perUser = perUser;
  }

  /**
   * Reserves {@code bytes} of the spool for one upload of {@code userId}'s; refused, nothing is
   * reserved.
   *
   * @throws ChatException {@code RATE_LIMITED} when the user has {@code perUser} uploads in flight
   * @throws StorageUnavailableException when the spool has not {@code bytes} left (try later)
   */
  synchronized Ticket admit(String userId, long bytes) {
    int theirs = uploading.getOrDefault(userId, 0);
    if (theirs >= perUser) {
      throw ChatException.rateLimited(BUSY_RETRY_MS);
    }
    if (bytes > spoolBytes - reserved) {
      throw new StorageUnavailableException(
          "the spool is full of uploads in flight; try again shortly", null);
    }
    uploading.put(userId, theirs + 1);
    reserved += bytes;
    return new Ticket() {
      private boolean closed;

      @Override
      public void close() {
        synchronized (UploadAdmission.this) {
          if (!closed) {
            closed = true;
            reserved -= bytes;
            uploading.computeIfPresent(userId, (user, count) -> count == 1 ? null : count - 1);
          }
        }
      }
    };
  }
}
