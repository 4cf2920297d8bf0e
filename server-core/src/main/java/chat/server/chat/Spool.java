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
import java.util.concurrent.Semaphore;

/**
 * Where uploads are streamed before they are stored: a folder of the data dir, the owner's alone.
 * An upload goes to a file of its own in fixed-size pieces, hashed on the way, so nothing is ever
 * held whole in memory, the size limit is enforced as it arrives, and the blob store receives a
 * finished file whose key is known. A large upload is read on one thread while another hashes and
 * writes it ({@link PipelinedWriter}), a few such uploads at a time; the others are hashed and
 * written by the thread that reads them ({@link InlineWriter}). Files a crash left behind are
 * removed when the spool opens.
 */
final class Spool {

  /** What was spooled; the caller deletes {@code file}. */
  record Spooled(Path file, long size, String sha256) {}

  /**
   * Each piece is filled before it is hashed and written: the JDK's HTTP server hands over a body 8
   * KiB at a time, and a write and a digest update per 8 KiB cost a 100 MiB upload a third of its
   * time; and each piece is a hand-over between a pipeline's threads.
   */
  private static final int PIECE = 1024 * 1024;

  /** Pieces one upload may have in flight: one being read while two wait or are written. */
  private static final int BUFFERS = 3;

  /**
   * The uploads that go through a pipeline: those this large, or of a length not declared. A
   * smaller one is over before a pipeline would pay for its hand-overs.
   */
  private static final long PIPELINE_FROM = 8L * 1024 * 1024;

  /**
   * How many uploads may go through a pipeline at once, each with three threads; any more are
   * spooled on their own thread, as a small one is, so that the threads stay few however many
   * upload.
   */
  private static final int PIPELINES = 4;

  /** How much of an upload is written before it is sent on to the disk ({@link EarlyWriteback}). */
  private static final long WRITEBACK_SLICE = 16L * 1024 * 1024;

  private final Path folder;
  private final ExecutorService threads = SpoolThreads.create();
  private final Semaphore pipelines = new Semaphore(PIPELINES);

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
   * Streams {@code body} into a new spool file: a large one through a pipeline on the spool's own
   * threads ({@link SpoolThreads}) while one is free, any other on the calling thread.
   *
   * @param declaredLength the {@code Content-Length}, or -1 when the body is chunked
   * @throws ChatException {@code PAYLOAD_TOO_LARGE} past {@code maxBytes}
   * @throws UploadCutShortException when the body ends before {@code declaredLength} or reading it
   *     fails
   * @throws StorageUnavailableException when the spool cannot take the bytes (a full disk)
   */
  Spooled write(InputStream body, long declaredLength, long maxBytes) {
    boolean large = declaredLength < 0 || declaredLength >= PIPELINE_FROM;
    if (large && pipelines.tryAcquire()) {
      try {
        return SpoolThreads.call(threads, () -> spool(body, declaredLength, maxBytes, true));
      } finally {
        pipelines.release();
      }
    }
    return spool(body, declaredLength, maxBytes, false);
  }

  private Spooled spool(InputStream body, long declaredLength, long maxBytes, boolean pipelined) {
    Path file = create();
    boolean kept = false;
    int pieceBytes = declaredLength >= 0 ? (int) Math.clamp(declaredLength, 1, PIECE) : PIECE;
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE);
        SpoolWriter writer =
            pipelined
                ? new PipelinedWriter(out, BUFFERS, pieceBytes, WRITEBACK_SLICE, threads)
                : new InlineWriter(out, pieceBytes)) {
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
