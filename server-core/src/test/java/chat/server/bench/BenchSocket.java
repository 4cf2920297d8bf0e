package chat.server.bench;

import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One generator socket on the JDK's asynchronous WebSocket client: no thread of its own. Frames
 * that answer a numbered send ({@code requestId} "s…") and receipts of benchmark messages go to the
 * {@link Ledger}; answers to other requests complete the future {@link #request} returned. On a
 * Socket.IO server the same frames travel in its packets ({@link SocketIoFraming}).
 */
public final class BenchSocket implements WebSocket.Listener {

  /** How a benchmark message's content starts: {@code bench <seq> <sendNanos>}. */
  static final String MARKER = "bench ";

  private static final String CONTENT = "\"content\":\"" + MARKER;
  private static final String REQUEST_ID = "\"requestId\":\"";

  private final Ledger ledger;
  private final AtomicLong errors;
  private final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final StringBuilder partial = new StringBuilder();
  private final Object sendLock = new Object();
  private final CompletableFuture<Void> ready = new CompletableFuture<>();

  /**
   * Socket.IO's connect packet, sent on open; null for a server that takes our frames as they are.
   */
  private final String socketIoConnect;

  private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);
  private volatile WebSocket webSocket;
  private volatile boolean closed;

  /** The close code the server sent, or 0 while open (or when it ended without one). */
  private volatile int closeCode;

  BenchSocket(Ledger ledger, AtomicLong errors) {
    this(ledger, errors, null);
  }

  /**
   * @param socketIoToken the access token of a socket on a Socket.IO server, or null for our
   *     framing
   */
  BenchSocket(Ledger ledger, AtomicLong errors, String socketIoToken) {
    this.ledger = ledger;
    this.errors = errors;
    this.socketIoConnect = socketIoToken == null ? null : SocketIoFraming.connect(socketIoToken);
  }

  /** The text of a benchmark message. */
  static String content(int seq, long sentNanos) {
    return MARKER + seq + " " + sentNanos;
  }

  /**
   * Completes once requests may go out: on open, or on Socket.IO once its namespace accepted the
   * connection.
   */
  CompletableFuture<Void> ready() {
    return ready;
  }

  boolean isOpen() {
    return webSocket != null && !closed;
  }

  /** The close code the server sent; 0 while open, or when the socket ended without one. */
  int closeCode() {
    return closeCode;
  }

  /**
   * Sends a request and returns the frame that answers it (an ack or an error).
   *
   * @param fields the request's JSON fields after {@code type} and {@code requestId}, with a
   *     leading comma, or ""
   */
  CompletableFuture<String> request(String type, String fields) {
    String requestId = "q" + requests.incrementAndGet();
    CompletableFuture<String> answer = new CompletableFuture<>();
    pending.put(requestId, answer);
    send("{\"type\":\"" + type + "\",\"requestId\":\"" + requestId + "\"" + fields + "}");
    return answer;
  }

  /** Sends one of our frames, in Socket.IO's packet on a Socket.IO server. */
  void send(String frame) {
    sendPacket(socketIoConnect == null ? frame : SocketIoFraming.event(frame));
  }

  /** Sends a text frame after the ones before it (the client allows one outstanding send). */
  private void sendPacket(String text) {
    synchronized (sendLock) {
      lastSend =
          lastSend
              .exceptionally(failure -> null)
              .thenCompose(ignored -> webSocket.sendText(text, true))
              .whenComplete(
                  (ok, failure) -> {
                    if (failure != null) {
                      errors.incrementAndGet();
                    }
                  });
    }
  }

  void close() {
    WebSocket socket = webSocket;
    if (socket != null && !closed) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(failure -> null);
    }
  }

  @Override
  public void onOpen(WebSocket socket) {
    webSocket = socket;
    socket.request(1);
    if (socketIoConnect == null) {
      ready.complete(null);
    } else {
      sendPacket(socketIoConnect);
    }
  }

  @Override
  public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
    long now = System.nanoTime();
    if (last && partial.isEmpty()) {
      onPacket(data.toString(), now);
    } else {
      partial.append(data);
      if (last) {
        onPacket(partial.toString(), now);
        partial.setLength(0);
      }
    }
    socket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
    closeCode = statusCode;
    closed = true;
    ready.completeExceptionally(new IllegalStateException("socket closed: " + statusCode));
    if (statusCode != WebSocket.NORMAL_CLOSURE) {
      errors.incrementAndGet();
    }
    pending
        .values()
        .forEach(
            answer ->
                answer.completeExceptionally(
                    new IllegalStateException("socket closed: " + statusCode + " " + reason)));
    return null;
  }

  @Override
  public void onError(WebSocket socket, Throwable error) {
    closed = true;
    ready.completeExceptionally(error);
    errors.incrementAndGet();
    pending.values().forEach(answer -> answer.completeExceptionally(error));
  }

  private void onPacket(String packet, long nowNanos) {
    if (socketIoConnect == null) {
      onFrame(packet, nowNanos);
      return;
    }
    switch (SocketIoFraming.read(packet)) {
      case SocketIoFraming.Frame frame -> onFrame(frame.frame(), nowNanos);
      case SocketIoFraming.Ping ping -> sendPacket(SocketIoFraming.PONG);
      case SocketIoFraming.Connected connected -> ready.complete(null);
      case SocketIoFraming.Refused refused -> {
        errors.incrementAndGet();
        ready.completeExceptionally(new IllegalStateException("refused: " + refused.packet()));
      }
      case SocketIoFraming.Other other -> {}
    }
  }

  /** Routes one whole frame; package-private so the routing can be tested without a socket. */
  void onFrame(String frame, long nowNanos) {
    String requestId = requestId(frame);
    if (requestId != null) {
      boolean error = frame.startsWith("{\"type\":\"error\"");
      if (error) {
        errors.incrementAndGet();
      }
      if (requestId.startsWith("s")) {
        int seq = Integer.parseInt(requestId, 1, requestId.length(), 10);
        if (error) {
          ledger.failed(seq);
        } else {
          ledger.acked(seq, nowNanos);
        }
      } else {
        CompletableFuture<String> answer = pending.remove(requestId);
        if (answer != null) {
          answer.complete(frame);
        }
      }
      return;
    }
    int content = frame.indexOf(CONTENT);
    if (content >= 0) {
      int seqStart = content + CONTENT.length();
      int space = frame.indexOf(' ', seqStart);
      int end = frame.indexOf('"', space);
      ledger.delivered(
          Integer.parseInt(frame, seqStart, space, 10),
          Long.parseLong(frame, space + 1, end, 10),
          nowNanos);
    }
  }

  /** The top-level requestId of an ack or error frame, or null for events. */
  private static String requestId(String frame) {
    if (!frame.startsWith("{\"type\":\"ack\"") && !frame.startsWith("{\"type\":\"error\"")) {
      return null;
    }
    int start = frame.indexOf(REQUEST_ID);
    if (start < 0) {
      return null;
    }
    start += REQUEST_ID.length();
    return frame.substring(start, frame.indexOf('"', start));
  }
}
