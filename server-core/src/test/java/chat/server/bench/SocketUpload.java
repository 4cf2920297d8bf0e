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
import java.util.Map;

/**
 * One HTTP/1.1 {@code POST} of a file's bytes over a plain socket, the body handed to the kernel
 * with {@code sendfile} ({@link FileChannel#transferTo}), and the answer read to the end ({@code
 * Connection: close}). The files scenario uploads with it because the client shares the machine's
 * two cores with the server it measures: the JDK's {@code HttpClient} spent 240–300 ms of CPU
 * sending 100 MiB, about as much as the server spent receiving them, so the upload's time said as
 * much about the client as about the server. A client on another machine costs the server's
 * processors nothing; this one costs them little.
 */
final class SocketUpload {

  /** The status and the body of the answer. */
  record Answer(int status, String body) {}

  private SocketUpload() {}

  /**
   * POSTs {@code file} to {@code target} (an absolute {@code http} URL with its path and query).
   */
  static Answer post(URI target, Map<String, String> headers, Path file) throws IOException {
    try (SocketChannel socket =
            SocketChannel.open(new InetSocketAddress(target.getHost(), target.getPort()));
        FileChannel body = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = body.size();
      StringBuilder head =
          new StringBuilder("POST ")
              .append(target.getRawPath())
              .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
              .append(" HTTP/1.1\r\nHost: ")
              .append(target.getHost())
              .append(':')
              .append(target.getPort())
              .append("\r\nContent-Length: ")
              .append(size)
              .append("\r\nConnection: close\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      ByteBuffer headBytes =
          ByteBuffer.wrap(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
      while (headBytes.hasRemaining()) {
        socket.write(headBytes);
      }
      for (long sent = 0; sent < size; ) {
        sent += body.transferTo(sent, size - sent, socket);
      }
      try (InputStream in = Channels.newInputStream(socket)) {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }

  /** An answer with a {@code Content-Length} (as every answer of the API to a POST has). */
  private static Answer parse(String answer) throws IOException {
    int end = answer.indexOf("\r\n\r\n");
    String[] statusLine = answer.substring(0, Math.max(0, answer.indexOf("\r\n"))).split(" ");
    if (end < 0 || statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + answer);
    }
    return new Answer(Integer.parseInt(statusLine[1]), answer.substring(end + 4));
  }
}
