package chat.server.store.embedded;

import chat.server.id.Ids;
import chat.server.store.FileRecord;
import chat.server.store.FileStore;
import chat.server.store.Previews;
import chat.server.store.Previews.Rendition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Files in {@code files}, quotas in {@code file_usage}, blob references in {@code blob_refs}. Every
 * check-then-write runs in one transaction of the one connection, which is what makes a claim, a
 * release and a reservation atomic here. A blob's removal mark is a token with an expiry time.
 */
final class EmbeddedFileStore implements FileStore {

  private static final String COLUMNS =
      "file_id, room_id, uploader_id, name, size, mime_type, sha256, created_at, width, height,"
          + " message_id, preview_type, thumbnail_sha256, thumbnail_size, preview_sha256,"
          + " preview_size";

  private final Database db;
  private final Clock clock;

  EmbeddedFileStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public void insert(FileRecord file) {
    Optional<Previews> previews = Optional.ofNullable(file.previews());
    db.update(
        "INSERT INTO files ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        file.fileId(),
        file.roomId(),
        file.uploaderId(),
        file.name(),
        file.size(),
        file.mimeType(),
        file.sha256(),
        file.createdAt(),
        previews.map(Previews::width).orElse(null),
        previews.map(Previews::height).orElse(null),
        file.messageId(),
        previews.map(Previews::mimeType).orElse(null),
        previews.map(p -> p.thumbnail().sha256()).orElse(null),
        previews.map(p -> p.thumbnail().size()).orElse(null),
        previews.map(p -> p.preview().sha256()).orElse(null),
        previews.map(p -> p.preview().size()).orElse(null));
  }

  @Override
  public Optional<FileRecord> find(String fileId) {
    return db.queryFirst(
        "SELECT " + COLUMNS + " FROM files WHERE file_id = ?", EmbeddedFileStore::record, fileId);
  }

  /**
   * One transaction: the due records are read, deleted and their bytes given back together, so a
   * send linking one of them meanwhile either comes before (and it is not due) or after (and finds
   * it gone).
   */
  @Override
  public List<FileRecord> removeUnsent(long createdBefore, int limit) {
    return db.inTransaction(
        () -> {
          List<FileRecord> due =
              db.query(
                  "SELECT "
                      + COLUMNS
                      + " FROM files WHERE message_id IS NULL AND created_at < ?"
                      + " ORDER BY created_at LIMIT ?",
                  EmbeddedFileStore::record,
                  createdBefore,
                  (long) limit);
          for (FileRecord file : due) {
            db.update("DELETE FROM files WHERE file_id = ?", file.fileId());
            returnBytes(file.uploaderId(), file.size());
          }
          return due;
        });
  }

  static FileRecord record(ResultSet row) throws SQLException {
    return new FileRecord(
        row.getString("file_id"),
        row.getString("room_id"),
        row.getString("uploader_id"),
        row.getString("name"),
        row.getLong("size"),
        row.getString("mime_type"),
        row.getString("sha256"),
        row.getLong("created_at"),
        previews(row),
        row.getString("message_id"));
  }

  private static Previews previews(ResultSet row) throws SQLException {
    String type = row.getString("preview_type");
    if (type == null) {
      return null;
    }
    return new Previews(
        row.getInt("width"),
        row.getInt("height"),
        type,
        new Rendition(row.getString("thumbnail_sha256"), row.getLong("thumbnail_size")),
        new Rendition(row.getString("preview_sha256"), row.getLong("preview_size")));
  }

  @Override
  public boolean reserveBytes(String userId, long bytes, long quota) {
    return db.inTransaction(
        () -> {
          if (usedBytes(userId) + bytes > quota) {
            return false;
          }
          db.update(
              "INSERT INTO file_usage (user_id, bytes) VALUES (?, ?)"
                  + " ON CONFLICT (user_id) DO UPDATE SET bytes = bytes + excluded.bytes",
              userId,
              bytes);
          return true;
        });
  }

  @Override
  public void returnBytes(String userId, long bytes) {
    db.update("UPDATE file_usage SET bytes = max(0, bytes - ?) WHERE user_id = ?", bytes, userId);
  }

  @Override
  public long usedBytes(String userId) {
    return db.queryFirst(
            "SELECT bytes FROM file_usage WHERE user_id = ?", row -> row.getLong(1), userId)
        .orElse(0L);
  }

  @Override
  public BlobClaim claimBlob(String sha256) {
    return db.inTransaction(
        () -> {
          if (markHolder(sha256).isPresent()) {
            return BlobClaim.BEING_REMOVED;
          }
          db.update(
              "INSERT INTO blob_refs (sha256, count) VALUES (?, 1) ON CONFLICT (sha256)"
                  + " DO UPDATE SET count = count + 1, removing_token = NULL,"
                  + " removing_until = NULL",
              sha256);
          return BlobClaim.CLAIMED;
        });
  }

  @Override
  public Optional<String> releaseBlob(String sha256, Duration removalTimeout) {
    return db.inTransaction(
        () -> {
          long left =
              db.queryFirst(
                      "SELECT count FROM blob_refs WHERE sha256 = ?", row -> row.getLong(1), sha256)
                  .orElse(0L);
          if (left > 1) {
            db.update("UPDATE blob_refs SET count = count - 1 WHERE sha256 = ?", sha256);
            return Optional.empty();
          }
          if (left < 1) {
            // No reference counted: records may still name the bytes, so they stay.
            return Optional.empty();
          }
          String token = Ids.token();
          db.update(
              "INSERT INTO blob_refs (sha256, count, removing_token, removing_until)"
                  + " VALUES (?1, 0, ?2, ?3) ON CONFLICT (sha256) DO UPDATE SET count = 0,"
                  + " removing_token = ?2, removing_until = ?3",
              sha256,
              token,
              clock.millis() + removalTimeout.toMillis());
          return Optional.of(token);
        });
  }

  @Override
  public boolean isRemoving(String sha256, String token) {
    return markHolder(sha256).filter(token::equals).isPresent();
  }

  @Override
  public void finishRemoval(String sha256, String token) {
    db.update(
        "DELETE FROM blob_refs WHERE sha256 = ? AND count = 0 AND removing_token = ?",
        sha256,
        token);
  }

  @Override
  public long blobReferences(String sha256) {
    return db.queryFirst(
            "SELECT count FROM blob_refs WHERE sha256 = ?", row -> row.getLong(1), sha256)
        .orElse(0L);
  }

  /** The token of the removal whose unexpired mark the blob carries, if any. */
  private Optional<String> markHolder(String sha256) {
    return db.queryFirst(
        "SELECT removing_token FROM blob_refs WHERE sha256 = ? AND removing_token IS NOT NULL"
            + " AND removing_until > ?",
        row -> row.getString(1),
        sha256,
        clock.millis());
  }
}
