package chat.server.chat;

import chat.protocol.ErrorCode;
import chat.protocol.model.Attachment;
import chat.protocol.model.Room;
import chat.server.auth.AuthenticatedUser;
import chat.server.chat.Spool.Spooled;
import chat.server.error.ChatException;
import chat.server.id.Ids;
import chat.server.ratelimit.RateLimiter;
import chat.server.store.BlobKey;
import chat.server.store.BlobStore;
import chat.server.store.FileRecord;
import chat.server.store.FileStore;
import chat.server.store.Previews;
import chat.server.store.Previews.Rendition;
import chat.server.store.StorageUnavailableException;
import chat.server.store.StorePorts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared files: an upload is spooled and hashed, typed from its bytes, counted against the
 * uploader's quota, its previews made when it is an image ({@link ImagePreviews}), its blob and its
 * previews' blobs claimed and stored, and its record written, in that order, so that a failure at
 * any step leaves no record, no spool file and no bytes counted (see {@link FileStore} on claims).
 * It may leave a blob no record names: when deleting its bytes fails (or an undo step itself fails,
 * which is logged), they stay until an identical upload reuses them.
 */
public final class FileService {

  private static final Logger log = LoggerFactory.getLogger(FileService.class);

  /**
   * @param maxBytes the most bytes one file may have ({@code FILES_MAX_BYTES})
   * @param quotaBytesPerUser the most bytes one user's uploads may add up to, identical files each
   *     counted ({@code FILES_QUOTA_BYTES_PER_USER})
   * @param spoolBytes the most bytes this node's uploads in flight may reserve in the spool ({@code
   *     FILES_SPOOL_BYTES}; {@link UploadAdmission})
   * @param uploadsAtOncePerUser how many uploads one user may have in flight at once
   */
  public record Limits(
      long maxBytes, long quotaBytesPerUser, long spoolBytes, int uploadsAtOncePerUser) {}

  /** How many uploads one user may have in flight at once. */
  public static final int UPLOADS_AT_ONCE_PER_USER = 3;

  private final StorePorts stores;
  private final BlobStore blobs;
  private final BlobReferences references;
  private final FileCleanup cleanup;
  private final Spool spool;
  private final UploadAdmission admission;
  private final RateLimiter uploads;
  private final Limits limits;
  private final Clock clock;

  /**
   * @param spoolFolder where uploads are streamed first: a folder of the data dir, emptied here
   * @throws IOException when the spool folder cannot be made
   */
  public FileService(
      StorePorts stores,
      BlobStore blobs,
      Path spoolFolder,
      RateLimiter uploads,
      Limits limits,
      Clock clock)
      throws IOException {
    this.stores = stores;
    this.blobs = blobs;
    this.references = new BlobReferences(stores.files(), blobs);
    this.cleanup = new FileCleanup(stores.files(), references);
    this.spool = new Spool(spoolFolder);
    this.uploads = uploads;
    this.limits = limits;
    this.admission = new UploadAdmission(limits.spoolBytes(), limits.uploadsAtOncePerUser());
    this.clock = clock;
  }

  /**
   * Stores an upload to {@code roomId} and answers its attachment.
   *
   * @param encodedName the {@code X-File-Name} header, percent-encoded UTF-8
   * @param declaredLength the {@code Content-Length}, or -1 for a chunked body
   * @throws ChatException {@code INVALID_INPUT} for a missing or unusable name or an empty file;
   *     {@code NOT_FOUND} when the caller is not a member of the room (or there is none); {@code
   *     PAYLOAD_TOO_LARGE} over the size limit or the caller's quota; {@code ROOM_CLOSED} for a
   *     closed room; {@code RATE_LIMITED}
   * @throws UploadCutShortException when the body ended early (the client went away)
   * @throws StorageUnavailableException when the spool, the blob store or the chat store cannot
   *     take it
   */
  public Attachment upload(
      AuthenticatedUser caller,
      String roomId,
      String encodedName,
      long declaredLength,
      InputStream body) {
    String name = FileNames.sanitise(encodedName);
    if (declaredLength > limits.maxBytes()) {
      throw tooLarge(limits.maxBytes());
    }
    if (roomId == null || !stores.rooms().isMember(roomId, caller.userId())) {
      throw ChatException.notFound("no such room");
    }
    if (stores.rooms().find(roomId).filter(Room::refusesMessages).isPresent()) {
      throw RoomService.roomClosed();
    }
    if (declaredLength > 0
        && stores.files().usedBytes(caller.userId()) + declaredLength
            > limits.quotaBytesPerUser()) {
      throw quotaReached();
    }
    try (UploadAdmission.Ticket ticket =
        admission.admit(
            caller.userId(), declaredLength >= 0 ? declaredLength : limits.maxBytes())) {
      long wait = uploads.tryAcquire(caller.userId(), clock.millis());
      if (wait > 0) {
        throw ChatException.rateLimited(wait);
      }
      try {
        return spoolAndStore(caller, roomId, name, declaredLength, body);
      } catch (ChatException | StorageUnavailableException e) {
        // A refused upload costs no permit, as a refused send or change does not; one the client
        // cut short keeps it spent, or aborting uploads would be free.
        uploads.giveBack(caller.userId(), 1);
        throw e;
      }
    }
  }

  private Attachment spoolAndStore(
      AuthenticatedUser caller, String roomId, String name, long declaredLength, InputStream body) {
    Spooled spooled = spool.write(body, declaredLength, limits.maxBytes());
    try {
      if (spooled.size() == 0) {
        throw ChatException.invalidInput("body", "an empty file cannot be shared");
      }
      return store(caller, roomId, name, spooled).attachment();
    } finally {
      Spool.delete(spooled.file());
    }
  }

  private ChatException quotaReached() {
    return new ChatException(
        ErrorCode.PAYLOAD_TOO_LARGE,
        "upload quota of " + limits.quotaBytesPerUser() + " bytes reached");
  }

  private FileRecord store(AuthenticatedUser caller, String roomId, String name, Spooled spooled) {
    String mimeType;
    try {
      mimeType = FileTypes.detect(spooled.file(), name);
    } catch (IOException e) {
      throw new StorageUnavailableException("cannot read a spooled upload", e);
    }
    FileStore files = stores.files();
    if (!files.reserveBytes(caller.userId(), spooled.size(), limits.quotaBytesPerUser())) {
      throw quotaReached();
    }
    List<Spooled> renditions = new ArrayList<>();
    List<String> claimed = new ArrayList<>();
    try {
      Previews previews =
          ImagePreviews.make(spooled.file(), mimeType)
              .map(made -> spoolPreviews(made, renditions))
              .orElse(null);
      List<Spooled> blobs = new ArrayList<>(List.of(spooled));
      blobs.addAll(renditions);
      for (Spooled blob : blobs) {
        references.claim(blob.sha256());
        claimed.add(blob.sha256());
        references.put(blob);
      }
      FileRecord file =
          new FileRecord(
              Ids.file(),
              roomId,
              caller.userId(),
              name,
              spooled.size(),
              mimeType,
              spooled.sha256(),
              clock.millis(),
              previews,
              null);
      files.insert(file);
      return file;
    } catch (Throwable failure) {
      for (String sha256 : claimed) {
        undo(failure, "release blob " + sha256, () -> references.release(sha256));
      }
      undo(
          failure,
          "return the quota bytes of " + caller.userId(),
          () -> files.returnBytes(caller.userId(), spooled.size()));
      throw failure;
    } finally {
      renditions.forEach(rendition -> Spool.delete(rendition.file()));
    }
  }

  /** Spools both renditions, adding them to {@code spooled} for the caller to delete. */
  private Previews spoolPreviews(ImagePreviews.Made made, List<Spooled> spooled) {
    Spooled thumbnail = spool.write(made.thumbnail());
    spooled.add(thumbnail);
    Spooled preview = spool.write(made.preview());
    spooled.add(preview);
    return new Previews(
        made.width(),
        made.height(),
        made.mimeType(),
        new Rendition(thumbnail.sha256(), thumbnail.size()),
        new Rendition(preview.sha256(), preview.size()));
  }

  /**
   * One step undoing a failed upload. Its own failure must not hide the upload's: it is logged and
   * kept beside it, suppressed.
   */
  private static void undo(Throwable failure, String step, Runnable undoing) {
    try {
      undoing.run();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
      log.warn("cannot {} after a failed upload", step, e);
    }
  }

  /** A stored file as a download sees it: what it is, and its bytes from any offset. */
  public record StoredFile(String name, long size, String mimeType, String sha256, Bytes bytes) {}

  /** Reads a stored file's bytes. */
  @FunctionalInterface
  public interface Bytes {
    /**
     * {@code length} bytes from {@code offset}, streamed; the caller closes the stream.
     *
     * @throws StorageUnavailableException when the blob store cannot give them
     */
    InputStream read(long offset, long length);
  }

  /** Which rendition of an image's previews. */
  public enum PreviewSize {
    /** Fits 320 by 320 pixels. */
    THUMBNAIL,
    /** Fits 1280 by 1280 pixels. */
    PREVIEW
  }

  /**
   * The file of that id, for a member of its room.
   *
   * @throws ChatException {@code NOT_FOUND} for an unknown id and for anyone outside the file's
   *     room alike, so an id reveals nothing
   */
  public StoredFile find(AuthenticatedUser caller, String fileId) {
    FileRecord file = memberFile(caller, fileId);
    return stored(file.name(), file.size(), file.mimeType(), file.sha256());
  }

  /**
   * A preview of the image of that id, for a member of its room; its name is the file's.
   *
   * @throws ChatException {@code NOT_FOUND} as {@link #find} does, and for a file without previews
   */
  public StoredFile findPreview(AuthenticatedUser caller, String fileId, PreviewSize size) {
    FileRecord file = memberFile(caller, fileId);
    Previews previews = file.previews();
    if (previews == null) {
      throw ChatException.notFound("no preview of this file");
    }
    Rendition rendition =
        switch (size) {
          case THUMBNAIL -> previews.thumbnail();
          case PREVIEW -> previews.preview();
        };
    return stored(file.name(), rendition.size(), previews.mimeType(), rendition.sha256());
  }

  private FileRecord memberFile(AuthenticatedUser caller, String fileId) {
    return stores
        .files()
        .find(fileId)
        .filter(found -> stores.rooms().isMember(found.roomId(), caller.userId()))
        .orElseThrow(() -> ChatException.notFound("no such file"));
  }

  private StoredFile stored(String name, long size, String mimeType, String sha256) {
    BlobKey key = new BlobKey(sha256);
    return new StoredFile(
        name,
        size,
        mimeType,
        sha256,
        (offset, length) -> {
          try {
            return blobs.read(key, offset, length);
          } catch (IOException e) {
            throw new StorageUnavailableException("the blob store cannot read " + key, e);
          }
        });
  }

  /** What frees the files whose records are gone: a deleted message's, and the unsent. */
  public FileCleanup cleanup() {
    return cleanup;
  }

  /** The refusal of a file over {@code maxBytes}, before or while it is read. */
  static ChatException tooLarge(long maxBytes) {
    return new ChatException(
        ErrorCode.PAYLOAD_TOO_LARGE, "a file may have at most " + maxBytes + " bytes");
  }
}
