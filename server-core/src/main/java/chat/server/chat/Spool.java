package chat.server.chat;

import chat.server.error.ChatException;
import chat.server.store.StorageUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutorService;

/**
 * Where uploads are streamed before they are stored: a folder of the data dir, the owner's alone.
 * An upload goes to a file of its own in fixed-size pieces, hashed and written on another thread
 * while the next piece is read ({@link DigestingWriter}), so nothing is ever held whole in memory,
 * the size limit is enforced as it arrives, and the blob store receives a finished file whose key
 * is known. Files a crash left behind are removed when the spool opens.
 */
final class Spool {

  /** What was spooled; the caller deletes {@code file}. */
  record Spooled(Path file, long size, String sha256) {}

  /**
   * Each piece is filled before it is hashed and written: the JDK's HTTP server hands over a body 8
   * KiB at a time, and a write and a digest update per 8 KiB cost a 100 MiB upload a third of its
   * time; and each piece is a hand-over to the {@link DigestingWriter}'s thread.
   */
  private static final int PIECE = 1024 * 1024;

  /** Pieces one upload may have in flight: one being read while two wait or are written. */
  private static final int BUFFERS = 3;

  /** How much of an upload is written before it is sent on to the disk ({@link EarlyWriteback}). */
  private static final long WRITEBACK_SLICE = 16L * 1024 * 1024;

  private final Path folder;
  private final ExecutorService threads = SpoolThreads.create();

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
   * Streams {@code body} into a new spool file, on the spool's own threads ({@link SpoolThreads}).
   *
   * @param declaredLength the {@code Content-Length}, or -1 when the body is chunked
   * @throws ChatException {@code PAYLOAD_TOO_LARGE} past {@code maxBytes}
   * @throws UploadCutShortException when the body ends before {@code declaredLength} or reading it
   *     fails
   * @throws StorageUnavailableException when the spool cannot take the bytes (a full disk)
   */
  Spooled write(InputStream body, long declaredLength, long maxBytes) {
    return SpoolThreads.call(threads, () -> spool(body, declaredLength, maxBytes));
  }

  private Spooled spool(InputStream body, long declaredLength, long maxBytes) {
    Path file = create();
    boolean kept = false;
    int pieceBytes = declaredLength >= 0 ? (int) Math.clamp(declaredLength, 1, PIECE) : PIECE;
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE);
        DigestingWriter writer =
            new DigestingWriter(out, BUFFERS, pieceBytes, WRITEBACK_SLICE, threads)) {
      long size = 0;
      while (true) {
        byte[] piece = writer.emptyPiece();
        int n = read(body, piece);
        if (n < 0) {
          break;
        }
        size += n;
        if (size > maxBytes) {
          throw FileService.tooLarge(maxBytes);
        }
        writer.write(piece, n);
      }
      if (declaredLength >= 0 && size != declaredLength) {
        throw new UploadCutShortException(
            "the body ended after " + size + " of " + declaredLength + " bytes", null);
      }
      String sha256 = writer.finish();
      kept = true;
      return new Spooled(file, size, sha256);
    } catch (IOException e) {
      throw unavailable(e);
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
