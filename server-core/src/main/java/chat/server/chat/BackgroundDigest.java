package chat.server.chat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A SHA-256 computed on a thread of its own from pieces handed over in order, so that hashing an
 * upload overlaps with receiving and writing it instead of adding to them (a 100 MiB upload spent
 * about 65 ms of its time hashing on the thread that reads the body). The pieces are a fixed few
 * buffers that take turns: the caller fills a {@linkplain #freePiece free one}, {@linkplain #hash
 * hands it over}, and waits for one only when the hashing is that many pieces behind, so memory
 * stays bounded whatever the length. {@link #close} always stops the thread.
 */
final class BackgroundDigest implements AutoCloseable {

  /** How many buffers take turns; the memory this holds is this many times the piece size. */
  static final int PIECES = 4;

  private record Piece(byte[] bytes, int length) {}

  /** Handed over after the last piece: the thread finishes. */
  private static final Piece END = new Piece(new byte[0], -1);

  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(PIECES);
  private final BlockingQueue<Piece> toHash = new ArrayBlockingQueue<>(PIECES + 1);
  private final MessageDigest sha256;
  private final Thread thread;
  private boolean ended;

  /**
   * @param pieceBytes the size of each buffer
   */
  BackgroundDigest(int pieceBytes) {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    for (int i = 0; i < PIECES; i++) {
      free.add(new byte[pieceBytes]);
    }
    thread = Thread.ofVirtual().name("upload-digest").start(this::hashUntilEnd);
  }

  /** A buffer to fill, once the hashing has given one back. */
  byte[] freePiece() {
    try {
      return free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing an upload", e);
    }
  }

  /** Hashes {@code length} bytes of {@code piece} after those handed over before it. */
  void hash(byte[] piece, int length) {
    put(new Piece(piece, length));
  }

  /** The lowercase hex SHA-256 of every piece handed over, once all are hashed. */
  String hex() {
    close();
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** Stops the thread after the pieces handed over so far; waits for it. */
  @Override
  public void close() {
    if (ended) {
      return;
    }
    ended = true;
    put(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing an upload", e);
    }
  }

  private void put(Piece piece) {
    try {
      toHash.put(piece);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing an upload", e);
    }
  }

  private void hashUntilEnd() {
    try {
      for (Piece piece = toHash.take(); piece != END; piece = toHash.take()) {
        sha256.update(piece.bytes(), 0, piece.length());
        free.add(piece.bytes());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
