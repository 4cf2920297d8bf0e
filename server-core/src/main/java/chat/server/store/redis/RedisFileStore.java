package chat.server.store.redis;

import chat.server.id.Ids;
import chat.server.store.FileRecord;
import chat.server.store.FileStore;
import chat.server.store.Previews;
import chat.server.store.Previews.Rendition;
import chat.server.store.UnusableAttachmentsException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file's record is a hash under its room's tag ({@link FileKeys#roomFile}), so that linking files
 * to a message can happen inside the room's append script; a small string under the file's own tag
 * ({@link FileKeys#fileRoom}) names its room, so that a download finds the record by two GETs,
 * never a cross-slot command. The record is written before its pointer and a reader follows the
 * pointer, so a reader never finds a pointer without its record. A sent file's hash holds its
 * message's log entry id ({@code messageEntry}), set by the append script. Quotas are a counter
 * under the user's tag, blob references a counter and a removal mark under the blob's ({@code
 * {blob:SHA}}), each changed by one script so that check and change are atomic.
 *
 * <p><b>Files never sent.</b> Every upload is listed in {@link FileKeys#unsentFiles} by its
 * creation time, before its record is written, so none escapes the sweep. The sweep takes the
 * oldest entries and removes each record with one script ({@code remove-unsent-file.lua}) that
 * checks that it is unsent and old enough; only the caller whose script removed it gives its bytes
 * back and deletes its pointer, so sweeps on several nodes at once remove each file once. Each
 * entry leaves the list once looked at. A node stopping between a record's removal and giving its
 * bytes back leaves them counted against the uploader.
 */
final class RedisFileStore implements FileStore {

  private static final LuaScript CLAIM = LuaScript.load("claim-blob.lua");
  private static final LuaScript RELEASE = LuaScript.load("release-blob.lua");
  private static final LuaScript FINISH = LuaScript.load("finish-blob-removal.lua");
  private static final LuaScript RESERVE = LuaScript.load("reserve-bytes.lua");
  private static final LuaScript REMOVE_UNSENT = LuaScript.load("remove-unsent-file.lua");

  private final Redis redis;

  RedisFileStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public void insert(FileRecord file) {
    Map<String, String> fields = new HashMap<>();
    fields.put("fileId", file.fileId());
    fields.put("roomId", file.roomId());
    fields.put("uploaderId", file.uploaderId());
    fields.put("name", file.name());
    fields.put("size", Long.toString(file.size()));
    fields.put("mimeType", file.mimeType());
    fields.put("sha256", file.sha256());
    fields.put("createdAt", Long.toString(file.createdAt()));
    if (file.previews() != null) {
      putPreviews(fields, file.previews());
    }
    if (file.messageId() != null) {
      fields.put("messageEntry", file.messageId().substring(file.messageId().indexOf('/') + 1));
    }
    if (file.messageId() == null) {
      redis.call(
          "list upload",
          jedis -> jedis.zadd(FileKeys.unsentFiles(), file.createdAt(), unsentEntry(file)));
    }
    redis.call(
        "store file", jedis -> jedis.hset(FileKeys.roomFile(file.roomId(), file.fileId()), fields));
    redis.call(
        "point to file", jedis -> jedis.set(FileKeys.fileRoom(file.fileId()), file.roomId()));
  }

  @Override
  public Optional<FileRecord> find(String fileId) {
    String roomId = redis.call("find file", jedis -> jedis.get(FileKeys.fileRoom(fileId)));
    if (roomId == null) {
      return Optional.empty();
    }
    Map<String, String> fields =
        redis.call("read file", jedis -> jedis.hgetAll(FileKeys.roomFile(roomId, fileId)));
    return fields.isEmpty() ? Optional.empty() : Optional.of(record(fields));
  }

  private static String unsentEntry(FileRecord file) {
    return unsentEntry(file.roomId(), file.fileId());
  }

  private static String unsentEntry(String roomId, String fileId) {
    return roomId + "/" + fileId;
  }

  @Override
  public List<FileRecord> removeUnsent(long createdBefore, int limit) {
    List<FileRecord> removed = new ArrayList<>();
    while (removed.size() < limit) {
      int wanted = limit - removed.size();
      List<String> due =
          redis.call(
              "read unsent files",
              jedis ->
                  jedis.zrangeByScore(
                      FileKeys.unsentFiles(), "-inf", "(" + createdBefore, 0, wanted));
      if (due.isEmpty()) {
        break;
      }
      for (String entry : due) {
        removeIfUnsent(entry, createdBefore).ifPresent(removed::add);
        redis.call("unlist upload", jedis -> jedis.zrem(FileKeys.unsentFiles(), entry));
      }
    }
    return removed;
  }

  /**
   * Takes files just sent off the list of uploads, so that it names only files not yet sent (the
   * sweep would skip them anyway, and a sent file's id is then only where its message is).
   */
  void unlist(String roomId, List<String> fileIds) {
    if (!fileIds.isEmpty()) {
      redis.call(
          "unlist sent files",
          jedis ->
              jedis.zrem(
                  FileKeys.unsentFiles(),
                  fileIds.stream()
                      .map(fileId -> unsentEntry(roomId, fileId))
                      .toArray(String[]::new)));
    }
  }

  /**
   * Removes the file of an {@link #unsentEntry} if still unsent and due, with its pointer. The
   * record is read first: what the script removes is that record (only {@code messageEntry} ever
   * changes, and a sent file stays).
   */
  private Optional<FileRecord> removeIfUnsent(String entry, long createdBefore) {
    int slash = entry.indexOf('/');
    String roomId = entry.substring(0, slash);
    String fileId = entry.substring(slash + 1);
    Map<String, String> fields =
        redis.call("read file", jedis -> jedis.hgetAll(FileKeys.roomFile(roomId, fileId)));
    if (fields.isEmpty()
        || !REMOVE_UNSENT.runForYes(
            redis,
            List.of(FileKeys.roomFile(roomId, fileId)),
            List.of(Long.toString(createdBefore)))) {
      return Optional.empty();
    }
    FileRecord file = record(fields);
    redis.call("forget file", jedis -> jedis.del(FileKeys.fileRoom(fileId)));
    returnBytes(file.uploaderId(), file.size());
    return Optional.of(file);
  }

  private static void putPreviews(Map<String, String> fields, Previews previews) {
    fields.put("width", Integer.toString(previews.width()));
    fields.put("height", Integer.toString(previews.height()));
    fields.put("previewType", previews.mimeType());
    fields.put("thumbnailSha256", previews.thumbnail().sha256());
    fields.put("thumbnailSize", Long.toString(previews.thumbnail().size()));
    fields.put("previewSha256", previews.preview().sha256());
    fields.put("previewSize", Long.toString(previews.preview().size()));
  }

  private static Previews previews(Map<String, String> fields) {
    if (!fields.containsKey("previewType")) {
      return null;
    }
    return new Previews(
        Integer.parseInt(fields.get("width")),
        Integer.parseInt(fields.get("height")),
        fields.get("previewType"),
        new Rendition(fields.get("thumbnailSha256"), Long.parseLong(fields.get("thumbnailSize"))),
        new Rendition(fields.get("previewSha256"), Long.parseLong(fields.get("previewSize"))));
  }

  static FileRecord record(Map<String, String> fields) {
    return new FileRecord(
        fields.get("fileId"),
        fields.get("roomId"),
        fields.get("uploaderId"),
        fields.get("name"),
        Long.parseLong(fields.get("size")),
        fields.get("mimeType"),
        fields.get("sha256"),
        Long.parseLong(fields.get("createdAt")),
        previews(fields),
        fields.containsKey("messageEntry")
            ? fields.get("roomId") + "/" + fields.get("messageEntry")
            : null);
  }

  /**
   * The records of these files of the room, in their order, whoever uploaded them and whether sent
   * or not (the append script checks that, atomically).
   *
   * @throws UnusableAttachmentsException when the room has no file of one of the ids
   */
  List<FileRecord> recordsIn(String roomId, List<String> fileIds) {
    List<Map<String, String>> hashes =
        redis.hashes(
            "read files to attach",
            fileIds.stream().map(fileId -> FileKeys.roomFile(roomId, fileId)).toList());
    if (hashes.stream().anyMatch(Map::isEmpty)) {
      throw new UnusableAttachmentsException();
    }
    return hashes.stream().map(RedisFileStore::record).toList();
  }

  @Override
  public boolean reserveBytes(String userId, long bytes, long quota) {
    return RESERVE.runForYes(
        redis,
        List.of(FileKeys.userFileBytes(userId)),
        List.of(Long.toString(bytes), Long.toString(quota)));
  }

  @Override
  public void returnBytes(String userId, long bytes) {
    redis.call("return bytes", jedis -> jedis.decrBy(FileKeys.userFileBytes(userId), bytes));
  }

  @Override
  public long usedBytes(String userId) {
    String used = redis.call("read bytes", jedis -> jedis.get(FileKeys.userFileBytes(userId)));
    return used == null ? 0 : Long.parseLong(used);
  }

  @Override
  public BlobClaim claimBlob(String sha256) {
    return CLAIM.runForYes(redis, blobKeys(sha256), List.of())
        ? BlobClaim.CLAIMED
        : BlobClaim.BEING_REMOVED;
  }

  @Override
  public Optional<String> releaseBlob(String sha256, Duration removalTimeout) {
    String token = Ids.token();
    return RELEASE.runForYes(
            redis, blobKeys(sha256), List.of(token, Long.toString(removalTimeout.toMillis())))
        ? Optional.of(token)
        : Optional.empty();
  }

  @Override
  public boolean isRemoving(String sha256, String token) {
    return token.equals(
        redis.call("read blob mark", jedis -> jedis.get(FileKeys.blobRemoving(sha256))));
  }

  @Override
  public void finishRemoval(String sha256, String token) {
    FINISH.run(redis, List.of(FileKeys.blobRemoving(sha256)), List.of(token));
  }

  @Override
  public long blobReferences(String sha256) {
    String count = redis.call("read blob refs", jedis -> jedis.get(FileKeys.blobRefs(sha256)));
    return count == null ? 0 : Long.parseLong(count);
  }

  private static List<String> blobKeys(String sha256) {
    return List.of(FileKeys.blobRefs(sha256), FileKeys.blobRemoving(sha256));
  }
}
