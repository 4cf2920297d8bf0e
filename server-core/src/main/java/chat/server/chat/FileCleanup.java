package chat.server.chat;

import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import chat.server.store.FileRecord;
import chat.server.store.FileStore;
import chat.server.store.Previews;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frees what file records held once they are gone: their uploader's counted bytes and their blob
 * references (the file's bytes and its previews'), the last reference of a blob deleting its bytes
 * ({@link BlobReferences}). Records go with their message's deletion, or, never sent, with the
 * sweep ({@link UnsentFileSweep}).
 */
public final class FileCleanup {

  private static final Logger log = LoggerFactory.getLogger(FileCleanup.class);

  /** How many records one step of the sweep removes. */
  static final int SWEEP_BATCH = 100;

  private final FileStore files;
  private final BlobReferences references;

  FileCleanup(FileStore files, BlobReferences references) {
    this.files = files;
    this.references = references;
  }

  /**
   * The records of a message's files, read before its deletion removes them: a message's
   * attachments name the file's bytes but not its previews', which the records do.
   */
  List<FileRecord> recordsOf(Message message) {
    List<Attachment> attachments = message.attachments();
    if (attachments == null || attachments.isEmpty()) {
      return List.of();
    }
    return attachments.stream()
        .map(attachment -> files.find(attachment.fileId()))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * Frees the files of a message whose deletion just removed their records ({@link #recordsOf},
   * read before it): their sizes go back to the sender, who uploaded them, and each releases its
   * blobs. Called once, by the deletion that removed them. The deletion is done and announced by
   * then, so a failure here is only logged: the bytes stay, named by no record.
   */
  void messageDeleted(Message message, List<FileRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    try {
      files.returnBytes(message.senderId(), records.stream().mapToLong(FileRecord::size).sum());
      records.forEach(this::releaseBlobs);
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
      batch.forEach(this::releaseBlobs);
      removed += batch.size();
    } while (batch.size() == SWEEP_BATCH);
    return removed;
  }

  private void releaseBlobs(FileRecord file) {
    references.release(file.sha256());
    Previews previews = file.previews();
    if (previews != null) {
      references.release(previews.thumbnail().sha256());
      references.release(previews.preview().sha256());
    }
  }
}
