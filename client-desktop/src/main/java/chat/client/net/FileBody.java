package chat.client.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A file on disk as an upload's body: read in small chunks while it is written to the wire, never
 * whole into memory, telling {@code sent} how many bytes went so far. Its length is the file's size
 * when the upload began; a file that shrank since then fails the upload.
 */
final class FileBody extends RequestBody {

  private static final MediaType OCTETS = MediaType.get("application/octet-stream");
  private static final int CHUNK = 64 * 1024;

  private final Path file;
  private final long length;
  private final LongConsumer sent;

  FileBody(Path file, long length, LongConsumer sent) {
    this.file = file;
    this.length = length;
    this.sent = sent;
  }

  @Override
  public MediaType contentType() {
    return OCTETS;
  }

  @Override
  public long contentLength() {
    return length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    byte[] chunk = new byte[CHUNK];
    long done = 0;
    try (InputStream in = Files.newInputStream(file)) {
      while (done < length) {
        int read = in.read(chunk, 0, (int) Math.min(CHUNK, length - done));
        if (read < 0) {
          throw new IOException(file + " shrank while it was being sent");
        }
        sink.write(chunk, 0, read);
        done += read;
        sent.accept(done);
      }
    }
  }
}
