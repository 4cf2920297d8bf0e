package chat.server.chat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Hashes and writes each piece on the reading thread, through one buffer. */
final class InlineWriter implements SpoolWriter {

  private final FileChannel out;
  private final MessageDigest sha256 = SpoolWriter.sha256();
  private final byte[] piece;

  InlineWriter(FileChannel out, int pieceBytes) {
    this.out = out;
    this.piece = new byte[pieceBytes];
  }

  @Override
  public byte[] emptyPiece() {
    return piece;
  }

  @Override
  public void write(byte[] bytes, int length) throws IOException {
    sha256.update(bytes, 0, length);
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }

  @Override
  public String finish() {
    return HexFormat.of().formatHex(sha256.digest());
  }

  @Override
  public void close() {
    // nothing runs in the background
  }
}
