package chat.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Where the bytes of files live, beside the chat store that holds their metadata: a directory in
 * the data dir, or an S3-compatible object store that every node of a Redis deployment sees.
 *
 * <p>Blobs are written whole, once, and never changed: {@link #put} takes a finished file (an
 * upload is first streamed to a local spool file, hashed on the way, so its key is known before it
 * is stored and nothing is ever held whole in memory). A reader therefore never sees half a blob,
 * and putting a key that exists is a no-op, which is what makes identical uploads cost one copy.
 *
 * <p>Every method may block on disk or network: call it from a virtual thread, never from a
 * socket's selector. An {@link IOException} means the store could not do it (full, unreachable,
 * refused); the blob is then as it was before the call.
 */
public interface BlobStore {

  /**
   * Stores the bytes of {@code file} as {@code key}, unless a blob of that key exists already. A
   * store may keep {@code file}'s own bytes rather than a copy (a hard link): after the call the
   * caller must not write to {@code file}, only delete it.
   */
  void put(BlobKey key, Path file) throws IOException;

  /** The blob's size in bytes, or empty when there is no blob of that key. */
  OptionalLong size(BlobKey key) throws IOException;

  /**
   * The blob's bytes from {@code offset}, {@code length} of them, streamed; the caller closes the
   * stream. The range must lie within the blob (the caller has read its {@link #size}).
   *
   * @throws NoSuchBlobException when there is no blob of that key
   */
  InputStream read(BlobKey key, long offset, long length) throws IOException;

  /** Removes the blob; removing one that is not there does nothing. */
  void delete(BlobKey key) throws IOException;

  /** Thrown by {@link #read} for a key that has no blob. */
  final class NoSuchBlobException extends IOException {
    public NoSuchBlobException(BlobKey key) {
      super("no blob " + key);
    }
  }
}
