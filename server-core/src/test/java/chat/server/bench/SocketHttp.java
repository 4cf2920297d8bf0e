package chat.server.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection ({@code Connection: close}), for the
 * files scenario's large bodies: an upload's body is handed to the kernel with {@code sendfile}
 * ({@link FileChannel#transferTo}), a download's is read in 1 MiB pieces into a direct buffer and
 * written to its file. The client shares the machine's two cores with the server it measures, and
 * the JDK's {@code HttpClient} spent 240–300 ms of CPU sending 100 MiB and 400–490 ms receiving
 * them, more than the server spent on either, so its times said as much about the client as about
 * the server. A client on another machine costs the server's processors nothing; this one costs
 * them little.
 */
final class SocketHttp {

  /** The status and the body of an answer to a POST. */
  record Answer(int status, String body) {}

  private static final int PIECE = 1024 * 1024;

  private SocketHttp() {}

  /**
   * POSTs {@code file} to {@code target} (an absolute {@code http} URL with its path and query).
   */
  static Answer post(URI target, Map<String, String> headers, Path file) throws IOException {
    try (SocketChannel socket = connect(target);
        FileChannel body = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = body.size();
      writeHead(socket, "POST", target, headers, "Content-Length: " + size + "\r\n");
      for (long sent = 0; sent < size; ) {
        sent += body.transferTo(sent, size - sent, socket);
      }
      try (InputStream in = Channels.newInputStream(socket)) {
        String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
          throw new IOException("not an HTTP answer: " + answer);
        }
        return new Answer(status(answer.substring(0, end)), answer.substring(end + 4));
      }
    }
  }

  /**
   * GETs {@code target} into {@code file}, which must be answered 200 with a {@code
   * Content-Length}; the bytes written.
   */
  static long get(URI target, Map<String, String> headers, Path file) throws IOException {
    try (SocketChannel socket = connect(target);
        FileChannel out =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
      writeHead(socket, "GET", target, headers, "");
      ByteBuffer buffer = ByteBuffer.allocateDirect(PIECE);
      String head = readHead(socket, buffer);
      if (status(head) != 200) {
        throw new IOException("GET " + target + " answered: " + head);
      }
      long length = contentLength(head);
      long written = 0;
      while (true) {
        buffer.flip();
        while (buffer.hasRemaining()) {
          written += out.write(buffer);
        }
        buffer.clear();
        if (written >= length || socket.read(buffer) < 0) {
          break;
        }
      }
      if (written != length) {
        throw new IOException("GET " + target + " ended after " + written + " of " + length);
      }
      return written;
    }
  }

  private static SocketChannel connect(URI target) throws IOException {
    return SocketChannel.open(new InetSocketAddress(target.getHost(), target.getPort()));
  }

  private static void writeHead(
      SocketChannel socket, String method, URI target, Map<String, String> headers, String extra)
      throws IOException {
    StringBuilder head =
        new StringBuilder(method)
            .append(' ')
            .append(target.getRawPath())
            .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
            .append(" HTTP/1.1\r\nHost: ")
            .append(target.getHost())
            .append(':')
            .append(target.getPort())
            .append("\r\nConnection: close\r\n")
            .append(extra);
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    ByteBuffer bytes =
        ByteBuffer.wrap(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    while (bytes.hasRemaining()) {
      socket.write(bytes);
    }
  }

  /**
   * Reads until the end of the answer's head, which it answers; the body's first bytes are left in
   * {@code buffer}, ready to be read.
   */
  private static String readHead(SocketChannel socket, ByteBuffer buffer) throws IOException {
    while (true) {
      if (socket.read(buffer) < 0) {
        throw new IOException("the answer ended within its head");
      }
      ByteBuffer read = buffer.duplicate().flip();
      byte[] bytes = new byte[read.remaining()];
      read.get(bytes);
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      if (end >= 0) {
        buffer.flip().position(end + 4).compact();
        return text.substring(0, end);
      }
      if (!buffer.hasRemaining()) {
        throw new IOException("an answer's head over " + PIECE + " bytes");
      }
    }
  }

  private static int status(String head) throws IOException {
    String[] statusLine =
        head.substring(0, head.indexOf("\r\n") < 0 ? head.length() : head.indexOf("\r\n"))
            .split(" ");
    if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + head);
    }
    return Integer.parseInt(statusLine[1]);
  }

  private static long contentLength(String head) throws IOException {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Long.parseLong(line.substring("content-length:".length()).trim());
      }
    }
    throw new IOException("an answer without Content-Length: " + head);
  }
}
