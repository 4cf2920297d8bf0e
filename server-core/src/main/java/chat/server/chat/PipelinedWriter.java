package chat.server.chat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Hashes and writes an upload's pieces on a thread of its own while the reading thread reads the
 * next ones, so that a large upload takes about as long as the slower of the two, not their sum
 * (SHA-256 of 100 MiB alone takes 75 ms of a core here). The pieces go round a fixed set of
 * buffers: what an upload holds in memory is bounded whatever its size. What is written is sent to
 * the disk as it comes ({@link EarlyWriteback}).
 */
final class PipelinedWriter implements SpoolWriter {

  /** A piece of the body: {@code length} bytes of {@code bytes}, or the end when {@code null}. */
  private record Piece(byte[] bytes, int length) {}

  private static final Piece END = new Piece(null, 0);

  private final FileChannel out;
  private final MessageDigest sha256;
  private final BlockingQueue<byte[]> empty;
  private final BlockingQueue<Piece> full;
  private final EarlyWriteback writeback;
  private final Future<?> running;
  private volatile IOException failure;
  private boolean ended;

  /**
   * Starts hashing and writing on a thread of {@code threads}.
   *
   * @param buffers how many pieces may be in flight: being read, queued, or hashed and written
   * @param pieceBytes the size of each piece
   * @param writebackBytes how many bytes written make the next slice due for the disk
   */
  PipelinedWriter(
      FileChannel out, int buffers, int pieceBytes, long writebackBytes, ExecutorService threads) {
    this.out = out;
    this.sha256 = SpoolWriter.sha256();
    this.empty = new ArrayBlockingQueue<>(buffers);
    this.full = new ArrayBlockingQueue<>(buffers + 1);
    for (int i = 0; i < buffers; i++) {
      empty.add(new byte[pieceBytes]);
    }
    this.writeback = new EarlyWriteback(out, writebackBytes, threads);
    this.running = threads.submit(this::run);
  }

  /** {@inheritDoc} Waits until one of the buffers is free. */
  @Override
  public byte[] emptyPiece() throws IOException {
    try {
      byte[] bytes = empty.take();
      throwIfFailed();
      return bytes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while spooling");
    }
  }

  /** {@inheritDoc} Hands them on to the writing thread. */
  @Override
  public void write(byte[] bytes, int length) {
    full.add(new Piece(bytes, length));
  }

  /** {@inheritDoc} Waits until every piece is hashed and written. */
  @Override
  public String finish() throws IOException {
    close();
    throwIfFailed();
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** Waits for the pieces already handed on, then stops the threads; {@link #finish} calls it. */
  @Override
  public void close() {
    if (ended) {
      return;
    }
    ended = true;
    full.add(END);
    SpoolThreads.awaitUninterruptibly(running);
    writeback.close();
  }

  private void throwIfFailed() throws IOException {
    if (failure != null) {
      throw failure;
    }
  }

  /** Hashes and writes pieces in order; after a failure only hands buffers back, so none waits. */
  private void run() {
    try {
      for (Piece piece = full.take(); piece != END; piece = full.take()) {
        if (failure == null) {
          hashAndWrite(piece);
        }
        empty.add(piece.bytes());
      }
    } catch (InterruptedException e) {
      failure = new InterruptedIOException("the spool writer was interrupted");
      empty.offer(new byte[0]);
    }
  }

  private void hashAndWrite(Piece piece) {
    try {
      sha256.update(piece.bytes(), 0, piece.length());
      ByteBuffer buffer = ByteBuffer.wrap(piece.bytes(), 0, piece.length());
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      writeback.written(piece.length());
    } catch (IOException e) {
      failure = e;
    } catch (RuntimeException e) {
      failure = new IOException("cannot write a spooled piece: " + e, e);
    }
  }
}
