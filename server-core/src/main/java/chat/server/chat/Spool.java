package chat.server.chat;

import chat.server.error.ChatException;
import chat.server.store.StorageUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where uploads are streamed before they are stored: a folder of the data dir, the owner's alone.
 * An upload goes to a file of its own in fixed-size pieces, hashed on the way, so nothing is ever
 * held whole in memory, the size limit is enforced as it arrives, and the blob store receives a
 * finished file whose key is known. Files a crash left behind are removed when the spool opens.
 */
final class Spool {

  /** What was spooled; the caller deletes {@code file}. */
  record Spooled(Path file, long size, String sha256) {}

  /**
   * Each piece is filled before it is hashed and written: the JDK's HTTP server hands over a body 8
   * KiB at a time, and a write and a digest update per 8 KiB cost a 100 MiB upload a third of its
   * time.
   */
  private static final int PIECE = 256 * 1024;

  private final Path folder;

  Spool(Path folder) throws IOException {
    this.folder = folder;
    if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(
          folder,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(folder);
    }
    try (var left = Files.list(folder)) {
      for (Path file : left.toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /**
   * Streams {@code body} into a new spool file.
   *
   * @param declaredLength the {@code Content-Length}, or -1 when the body is chunked
   * @throws ChatException {@code PAYLOAD_TOO_LARGE} past {@code maxBytes}
   * @throws UploadCutShortException when the body ends before {@code declaredLength} or reading it
   *     fails
   * @throws StorageUnavailableException when the spool cannot take the bytes (a full disk)
   */
  Spooled write(InputStream body, long declaredLength, long maxBytes) {
    Path file = create();
    boolean kept = false;
    try (OutputStream out = Files.newOutputStream(file)) {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] piece = new byte[PIECE];
      long size = 0;
      for (int n = read(body, piece); n >= 0; n = read(body, piece)) {
        size += n;
        if (size > maxBytes) {
          throw FileService.tooLarge(maxBytes);
        }
        sha256.update(piece, 0, n);
        out.write(piece, 0, n);
      }
      if (declaredLength >= 0 && size != declaredLength) {
        throw new UploadCutShortException(
            "the body ended after " + size + " of " + declaredLength + " bytes", null);
      }
      kept = true;
      return new Spooled(file, size, HexFormat.of().formatHex(sha256.digest()));
    } catch (IOException e) {
      throw unavailable(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    } finally {
      if (!kept) {
        delete(file);
      }
    }
  }

  /** Spools bytes the server made itself (an image's preview), hashed as an upload is. */
  Spooled write(byte[] bytes) {
    return write(new ByteArrayInputStream(bytes), bytes.length, bytes.length);
  }

  /** Removes a spool file; one that cannot be removed now goes when the spool next opens. */
  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // removed at the next start
    }
  }

  private Path create() {
    try {
      return Files.createTempFile(folder, "upload-", ".part");
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  /** Fills {@code piece} unless the body ends first; how many bytes, or -1 at the end. */
  private static int read(InputStream body, byte[] piece) {
    try {
      int n = body.readNBytes(piece, 0, piece.length);
      return n == 0 ? -1 : n;
    } catch (IOException e) {
      throw new UploadCutShortException("reading the body failed: " + e.getMessage(), e);
    }
  }

  private static StorageUnavailableException unavailable(IOException e) {
    return new StorageUnavailableException("cannot spool an upload: " + e.getMessage(), e);
  }
}
