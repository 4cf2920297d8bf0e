package chat.server.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * HTTP/1.1 by hand over a socket, for what no well-behaved client sends: a body shorter than its
 * {@code Content-Length}, or one far larger than any limit. The answer is read while the body is
 * still being written, as a server may answer before it has read everything.
 */
public final class RawHttp {

  private RawHttp() {}

  /**
   * Sends {@code head} (the request line and headers, without the blank line), then lets {@code
   * body} write to the socket until it returns or the server stops reading, then ends the request
   * there (a body shorter than its length is cut short); returns what the server answered, as text
   * (empty when it only closed the connection).
   */
  public static String exchange(String baseUrl, String head, Consumer<OutputStream> body)
      throws Exception {
    URI url = URI.create(baseUrl);
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      socket.setSoTimeout(30_000);
      CompletableFuture<String> answer =
          CompletableFuture.supplyAsync(() -> readAll(socket), Thread.ofVirtual()::start);
      OutputStream out = socket.getOutputStream();
      try {
        out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        body.accept(out);
        out.flush();
        socket.shutdownOutput();
      } catch (RuntimeException | IOException writeFailed) {
        // the server stopped reading: its answer, if any, is what counts
      }
      return answer.get();
    }
  }

  /** The head of a request of {@code method} to {@code path}, with these header lines. */
  public static String head(String method, String path, String... headerLines) {
    return method
        + " "
        + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + String.join("\r\n", headerLines);
  }

  /** Writes {@code bytes} zeros in pieces, chunked when {@code chunked}. */
  public static Consumer<OutputStream> zeros(long bytes, boolean chunked) {
    return out -> {
      byte[] piece = new byte[64 * 1024];
      try {
        for (long left = bytes; left > 0; left -= piece.length) {
          int n = (int) Math.min(piece.length, left);
          if (chunked) {
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
          }
          out.write(piece, 0, n);
          if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
          }
        }
        if (chunked) {
          out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static String readAll(Socket socket) {
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[8192];
    try {
      InputStream in = socket.getInputStream();
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
      }
    } catch (IOException closed) {
      // a reset after the answer: what arrived is the answer
    }
    return text.toString();
  }
}
