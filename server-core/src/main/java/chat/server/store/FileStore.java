package chat.server.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The metadata of uploaded files, the bytes each user has uploaded (for quotas), and how many file
 * records name each blob, so that identical content is stored once and its bytes removed when no
 * record names them.
 *
 * <p><b>Why claims and marks.</b> An upload and a removal of the same content may race: the last
 * record of a blob goes while an identical upload arrives. The upload must never put its bytes and
 * then see them deleted. So an upload first {@link #claimBlob claims} the blob (one more reference)
 * and only then puts it; a removal {@link #releaseBlob releases} it (one fewer) and, when that was
 * the last, marks the blob as being removed until it has deleted the bytes and {@link
 * #finishRemoval finished}. A claim while the mark stands is refused ({@link
 * BlobClaim#BEING_REMOVED}), and the uploader tries again shortly: once the mark is gone, its claim
 * counts from zero and its put stores the bytes anew. A count therefore never drops below the
 * records that name a blob, and bytes are deleted only while nobody may put them. The mark expires
 * by itself after the removal's timeout, so a remover that died leaves nothing stuck (at worst
 * bytes no record names, which the next identical upload reuses).
 */
public interface FileStore {

  /** What {@link #claimBlob} did. */
  enum BlobClaim {
    /** One more reference counted: the caller may put the bytes. */
    CLAIMED,
    /** The blob's bytes are being deleted: nothing counted, try again shortly. */
    BEING_REMOVED
  }

  /** Stores a new file record; its blob was claimed before. */
  void insert(FileRecord file);

  /** The file of that id, if there is one. */
  Optional<FileRecord> find(String fileId);

  /**
   * Removes at most {@code limit} files never sent with a message and created before {@code
   * createdBefore} (epoch ms), oldest first, and gives back their sizes to their uploaders' counted
   * bytes. Each file is removed at most once, even by callers on several nodes at once: only the
   * caller that removed a record gets it back, and only it must then release the record's blob. A
   * file linked to a message meanwhile is never removed.
   *
   * @return the records removed; fewer than {@code limit} when no more are due
   */
  List<FileRecord> removeUnsent(long createdBefore, int limit);

  /**
   * Counts {@code bytes} more against the user's uploads unless that would take them past {@code
   * quota}; all or nothing, atomically against the user's other uploads.
   *
   * @return whether they were counted
   */
  boolean reserveBytes(String userId, long bytes, long quota);

  /** Takes back bytes counted by {@link #reserveBytes}, for an upload that did not happen. */
  void returnBytes(String userId, long bytes);

  /** The bytes counted against the user's uploads (identical uploads each count). */
  long usedBytes(String userId);

  /** Counts one more reference to the blob of {@code sha256}, unless it is being removed. */
  BlobClaim claimBlob(String sha256);

  /**
   * Counts one reference fewer. When that was the last, the blob is marked as being removed for at
   * most {@code removalTimeout} and a token for {@link #finishRemoval} is returned: the caller
   * deletes the bytes, then finishes. With no reference counted at all (a count lost), nothing is
   * counted or marked: records may still name the bytes.
   */
  Optional<String> releaseBlob(String sha256, Duration removalTimeout);

  /**
   * Whether the removal of that token still holds the blob's mark: checked right before the bytes
   * are deleted, so a removal that outlived its timeout deletes nothing.
   */
  boolean isRemoving(String sha256, String token);

  /** Clears the mark of the removal of that token (not a later one's). */
  void finishRemoval(String sha256, String token);

  /** How many references to the blob are counted. */
  long blobReferences(String sha256);
}
