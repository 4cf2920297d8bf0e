package chat.server.chat;

import chat.server.chat.Spool.Spooled;
import chat.server.store.BlobKey;
import chat.server.store.BlobStore;
import chat.server.store.FileStore;
import chat.server.store.FileStore.BlobClaim;
import chat.server.store.StorageUnavailableException;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the blobs of uploads (a file's bytes and its previews') under a counted reference, and
 * deletes a blob's bytes when its last reference goes: a claim before each put, a release with a
 * removal mark (see {@link FileStore} on why).
 */
final class BlobReferences {

  private static final Logger log = LoggerFactory.getLogger(BlobReferences.class);

  /** How long a blob's removal may hold its mark; far above any delete's duration. */
  static final Duration REMOVAL_TIMEOUT = Duration.ofMinutes(5);

  /** How long an upload waits for a removal of the same bytes to finish. */
  private static final Duration CLAIM_WAIT = Duration.ofSeconds(10);

  private static final Duration CLAIM_RETRY = Duration.ofMillis(20);

  private final FileStore files;
  private final BlobStore blobs;

  BlobReferences(FileStore files, BlobStore blobs) {
    this.files = files;
    this.blobs = blobs;
  }

  /** Claims the blob, waiting while a removal of the same bytes finishes. */
  void claim(String sha256) {
    long deadline = System.nanoTime() + CLAIM_WAIT.toNanos();
    while (files.claimBlob(sha256) == BlobClaim.BEING_REMOVED) {
      if (System.nanoTime() > deadline) {
        throw new StorageUnavailableException("the same bytes are still being removed", null);
      }
      try {
        Thread.sleep(CLAIM_RETRY);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StorageUnavailableException("interrupted waiting for a blob removal", null);
      }
    }
  }

  /** Stores a spooled file as the blob of its sha256; the caller has claimed it. */
  void put(Spooled spooled) {
    try {
      blobs.put(new BlobKey(spooled.sha256()), spooled.file());
    } catch (IOException e) {
      throw new StorageUnavailableException("the blob store cannot take the upload", e);
    }
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
}
