package chat.server.store.redis;

/**
 * The keys of shared files ({@link RedisFileStore}): a file's record under its room's tag, the
 * index from a file to its room, the sweep's list of unsent uploads, each user's quota counter and
 * each blob's reference count. Kept apart from {@link RedisKeys} because one store owns them;
 * pinned by {@code RedisKeysTest} like every key.
 */
final class FileKeys {

  private FileKeys() {}

  /**
   * Hash: a file uploaded to the room: {@code fileId, roomId, uploaderId, name, size, mimeType,
   * sha256, createdAt}; for a previewed image {@code width, height, previewType, thumbnailSha256,
   * thumbnailSize, previewSha256, previewSize} (each rendition a blob counted under its own {@link
   * #blobRefs}); {@code messageEntry} (the log entry of its message) once sent.
   */
  static String roomFile(String roomId, String fileId) {
    return RedisKeys.tagged("room", roomId, "file:" + fileId);
  }

  /** String: the room a file belongs to, so that its record is found from its id alone. */
  static String fileRoom(String fileId) {
    return RedisKeys.tagged("file", fileId, "room");
  }

  /**
   * Sorted set: {@code roomId/fileId} of uploads, scored by their creation time, epoch ms: where
   * the sweep of files never sent finds them. An entry is written before its record and removed by
   * the sweep, whether it found the file unsent (and removed it), sent or gone.
   */
  static String unsentFiles() {
    return "chat:{files}:unsent";
  }

  /** String: the bytes the user's uploads count against their quota. */
  static String userFileBytes(String userId) {
    return RedisKeys.tagged("user", userId, "file-bytes");
  }

  /** String: how many file records (and uploads in flight) name the blob of that sha256. */
  static String blobRefs(String sha256) {
    return RedisKeys.tagged("blob", sha256, "refs");
  }

  /**
   * String, expiring: the token of the removal deleting the blob's bytes; no upload may claim the
   * blob while it stands.
   */
  static String blobRemoving(String sha256) {
    return RedisKeys.tagged("blob", sha256, "removing");
  }
}
