package chat.server.chat;

import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import chat.server.store.BlobKey;
import chat.server.store.BlobStore;
import chat.server.store.FileRecord;
import chat.server.store.FileStore;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frees what file records held once they are gone: their uploader's counted bytes and their blob
 * references, the last reference of a blob deleting its bytes under the removal's mark (see {@link
 * FileStore} on claims and marks). Records go with their message's deletion, or, never sent, with
 * the sweep ({@link UnsentFileSweep}).
 */
public final class FileCleanup {

  private static final Logger log = LoggerFactory.getLogger(FileCleanup.class);

  /** How long a blob's removal may hold its mark; far above any delete's duration. */
  static final Duration REMOVAL_TIMEOUT = Duration.ofMinutes(5);

  /** How many records one step of the sweep removes. */
  static final int SWEEP_BATCH = 100;

  private final FileStore files;
  private final BlobStore blobs;

  public FileCleanup(FileStore files, BlobStore blobs) {
    this.files = files;
    this.blobs = blobs;
  }

  /** Releases one reference; the last one deletes the bytes, under the removal's mark. */
  void release(String sha256) {
    files
        .releaseBlob(sha256, REMOVAL_TIMEOUT)
        .ifPresent(
            token -> {
              try {
                if (files.isRemoving(sha256, token)) {
                  blobs.delete(new BlobKey(sha256));
                }
              } catch (IOException e) {
                log.warn("cannot delete the bytes of blob {}; they stay unnamed", sha256, e);
              } finally {
                files.finishRemoval(sha256, token);
              }
            });
  }

  /**
   * Frees the files of a message whose deletion just removed their records: their sizes go back to
   * the sender, who uploaded them, and each releases its blob. Called once, by the deletion that
   * removed them; the message as read before it, with its attachments. The deletion is done and
   * announced by then, so a failure here is only logged: the bytes stay, named by no record.
   */
  void messageDeleted(Message message) {
    List<Attachment> attachments = message.attachments();
    if (attachments == null || attachments.isEmpty()) {
      return;
    }
    try {
      files.returnBytes(message.senderId(), attachments.stream().mapToLong(Attachment::size).sum());
      attachments.forEach(attachment -> release(attachment.sha256()));
    } catch (RuntimeException e) {
      log.warn("cannot free the files of deleted message {}", message.messageId(), e);
    }
  }

  /**
   * Removes the files never sent that were uploaded before {@code createdBefore} (epoch ms), in
   * batches, giving their bytes back and releasing their blobs.
   *
   * @return how many this call removed
   */
  int removeUnsent(long createdBefore) {
    int removed = 0;
    List<FileRecord> batch;
    do {
      batch = files.removeUnsent(createdBefore, SWEEP_BATCH);
      batch.forEach(file -> release(file.sha256()));
      removed += batch.size();
    } while (batch.size() == SWEEP_BATCH);
    return removed;
  }
}
