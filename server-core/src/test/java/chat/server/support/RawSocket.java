package chat.server.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client written on a bare TCP socket, for what polite clients never do: connecting
 * from a chosen loopback address, saying nothing, never reading, or sending a byte at a time.
 */
public final class RawSocket implements AutoCloseable {

  /** A frame as read: its opcode and payload. */
  public record Frame(int opcode, byte[] payload) {
    public static final int TEXT = 0x1;
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;

    /** The close code, or 1005 when the close frame carries none. */
    public int closeCode() {
      return payload.length < 2 ? 1005 : ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
    }

    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }
  }

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;

  private RawSocket(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  /** A TCP connection from {@code from} to the host and port of {@code url}, nothing sent. */
  public static RawSocket tcp(String url, InetAddress from) {
    return tcp(url, from, 0);
  }

  /**
   * Like {@link #tcp(String, InetAddress)}, with this receive buffer (0: the system's), set before
   * connecting so that the window it announces stays small.
   */
  public static RawSocket tcp(String url, InetAddress from, int receiveBufferBytes) {
    URI uri = URI.create(url);
    Socket socket = new Socket();
    try {
      if (receiveBufferBytes > 0) {
        socket.setReceiveBufferSize(receiveBufferBytes);
      }
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
      return new RawSocket(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A socket from {@code from} that has completed the upgrade, with these extra headers. */
  public static RawSocket upgraded(String url, InetAddress from, Map<String, String> headers) {
    RawSocket raw = tcp(url, from);
    raw.upgrade(url, headers);
    return raw;
  }

  /** Sends the upgrade request and reads the answer's headers; fails unless it is 101. */
  public void upgrade(String url, Map<String, String> headers) {
    URI uri = URI.create(url);
    byte[] nonce = new byte[16];
    ThreadLocalRandom.current().nextBytes(nonce);
    StringBuilder request =
        new StringBuilder()
            .append("GET ")
            .append(uri.getPath())
            .append(" HTTP/1.1\r\nHost: ")
            .append(uri.getHost())
            .append(':')
            .append(uri.getPort())
            .append("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ")
            .append(Base64.getEncoder().encodeToString(nonce))
            .append("\r\nSec-WebSocket-Version: 13\r\n");
    headers.forEach(
        (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    request.append("\r\n");
    try {
      socket.setSoTimeout(5_000);
      sendRaw(request.toString().getBytes(StandardCharsets.US_ASCII));
      String status = readLine();
      if (!status.startsWith("HTTP/1.1 101")) {
        throw new IllegalStateException("upgrade refused: " + status);
      }
      while (!readLine().isEmpty()) {
        // the answer's headers
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** A masked text frame, as a client must send it; {@code payload} need not be valid UTF-8. */
  public void sendTextFrame(byte[] payload) throws IOException {
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write(0x81);
    if (payload.length < 126) {
      frame.write(0x80 | payload.length);
    } else if (payload.length < 65_536) {
      frame.write(0x80 | 126);
      frame.write(payload.length >>> 8);
      frame.write(payload.length & 0xff);
    } else {
      frame.write(0x80 | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) ((long) payload.length >>> shift) & 0xff);
      }
    }
    byte[] mask = new byte[4];
    ThreadLocalRandom.current().nextBytes(mask);
    frame.write(mask);
    for (int i = 0; i < payload.length; i++) {
      frame.write(payload[i] ^ mask[i % 4]);
    }
    sendRaw(frame.toByteArray());
  }

  public void sendText(String text) throws IOException {
    sendTextFrame(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The next frame, waiting at most {@code wait}; throws {@link EOFException} at the end. */
  public Frame readFrame(Duration wait) throws IOException {
    socket.setSoTimeout((int) Math.max(1, wait.toMillis()));
    int first = in.readUnsignedByte();
    int second = in.readUnsignedByte();
    long length = second & 0x7f;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    byte[] payload = new byte[Math.toIntExact(length)];
    in.readFully(payload);
    return new Frame(first & 0x0f, payload);
  }

  /**
   * Reads frames (skipping all else) until a close frame, or the end of the stream.
   *
   * @return the close code, or empty when the connection ended (or was reset) without a close frame
   */
  public OptionalInt awaitClose(Duration wait) throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Duration left = Duration.ofNanos(deadline - System.nanoTime());
      if (left.isNegative() || left.isZero()) {
        throw new SocketTimeoutException("no close within " + wait);
      }
      Frame frame;
      try {
        frame = readFrame(left);
      } catch (SocketTimeoutException stillOpen) {
        throw stillOpen;
      } catch (IOException endedOrReset) {
        return OptionalInt.empty();
      }
      if (frame.opcode() == Frame.CLOSE) {
        return OptionalInt.of(frame.closeCode());
      }
    }
  }

  /**
   * Waits until the server ends the connection, discarding what arrives.
   *
   * @return whether it ended within {@code wait}
   */
  public boolean endsWithin(Duration wait) throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    InputStream raw = socket.getInputStream();
    byte[] sink = new byte[8192];
    while (System.nanoTime() < deadline) {
      socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      try {
        if (raw.read(sink) < 0) {
          return true;
        }
      } catch (SocketTimeoutException stillOpen) {
        return false;
      } catch (IOException reset) {
        return true;
      }
    }
    return false;
  }

  /**
   * Waits, reading nothing, until the bytes the server sent stop arriving (none for 200 ms), or
   * {@code wait} passes: then the receive window is as full as the server could make it.
   */
  public void awaitUnreadBytesSettled(Duration wait) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    int seen = -1;
    while (System.nanoTime() < deadline) {
      int unread = in.available();
      if (unread == seen && unread > 0) {
        return;
      }
      seen = unread;
      Thread.sleep(200);
    }
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        throw new EOFException("connection ended after: " + line);
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
