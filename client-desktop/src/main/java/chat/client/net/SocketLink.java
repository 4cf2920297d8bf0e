package chat.client.net;

import chat.protocol.CloseCodes;
import chat.protocol.FrameDecodingException;
import chat.protocol.ProtocolJson;
import chat.protocol.client.ClientFrame;
import chat.protocol.server.Ack;
import chat.protocol.server.DeviceMessageNew;
import chat.protocol.server.ErrorFrame;
import chat.protocol.server.KeysChanged;
import chat.protocol.server.MemberUpdated;
import chat.protocol.server.MessageDeleted;
import chat.protocol.server.MessageNew;
import chat.protocol.server.MessageUpdated;
import chat.protocol.server.PinsUpdated;
import chat.protocol.server.PresenceEvent;
import chat.protocol.server.ReactionUpdated;
import chat.protocol.server.ReadEvent;
import chat.protocol.server.RoomUpdated;
import chat.protocol.server.ServerFrame;
import chat.protocol.server.SlowModeUpdated;
import chat.protocol.server.TypingEvent;
import chat.protocol.server.UserUpdated;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One socket to the server: matches answers to requests by {@code requestId} and hands every event
 * to its {@link Handler}. It never reconnects; {@link Connection} opens a new one instead.
 * Callbacks come on okhttp's threads.
 */
final class SocketLink extends WebSocketListener {

  /** What happens on the socket, in order; {@link #closed} comes once, last. */
  interface Handler {
    void opened(SocketLink link);

    void event(ServerFrame event);

    /**
     * {@code code} is the close code, -1 when the connection failed without one, or {@link
     * #CERTIFICATE_REFUSED}.
     */
    void closed(SocketLink link, int code, String reason);
  }

  /** The "close code" of a socket whose TLS handshake met a certificate not pinned for it. */
  static final int CERTIFICATE_REFUSED = -2;

  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
  private static final Logger log = LoggerFactory.getLogger(SocketLink.class);
  private static final AtomicLong REQUEST_IDS = new AtomicLong();

  private final Handler handler;
  private final Map<String, CompletableFuture<Ack>> pending = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile WebSocket socket;

  private SocketLink(Handler handler) {
    this.handler = handler;
  }

  /** Starts connecting; {@link Handler#opened} or {@link Handler#closed} follows. */
  static SocketLink open(OkHttpClient http, String wsUrl, String accessToken, Handler handler) {
    SocketLink link = new SocketLink(handler);
    Request request =
        new Request.Builder().url(wsUrl).header("Authorization", "Bearer " + accessToken).build();
    link.socket = http.newWebSocket(request, link);
    return link;
  }

  /**
   * Sends the request {@code build} makes with a fresh requestId; the future completes with the
   * result, or fails with {@link ApiException} or {@link OfflineException}.
   */
  <T> CompletableFuture<T> request(Function<String, ClientFrame> build, Class<T> resultType) {
    String requestId = "r" + REQUEST_IDS.incrementAndGet();
    CompletableFuture<Ack> answer = new CompletableFuture<>();
    pending.put(requestId, answer);
    if (closed.get() || !socket.send(ProtocolJson.encode(build.apply(requestId)))) {
      pending.remove(requestId);
      return CompletableFuture.failedFuture(new OfflineException("not connected"));
    }
    return answer
        .orTimeout(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .handle(
            (ack, failure) -> {
              pending.remove(requestId);
              if (failure == null) {
                return ack.result(resultType);
              }
              Throwable cause = Failures.unwrap(failure);
              if (cause instanceof TimeoutException) {
                throw new OfflineException("the server did not answer in time");
              }
              throw cause instanceof RuntimeException r
                  ? r
                  : new OfflineException("the request failed", cause);
            });
  }

  /** Whether the socket has closed, from either side. */
  boolean isClosed() {
    return closed.get();
  }

  /** Closes the socket from our side; {@link Handler#closed} is not called for it. */
  void close() {
    if (closed.compareAndSet(false, true)) {
      socket.close(CloseCodes.NORMAL, "bye");
      failPending();
    }
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    handler.opened(this);
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    ServerFrame frame;
    try {
      frame = ProtocolJson.decodeServerFrame(text);
    } catch (FrameDecodingException e) {
      log.warn("ignoring a frame that does not decode: {}", e.getMessage());
      return;
    }
    switch (frame) {
      case Ack ack -> complete(ack.requestId(), ack, null);
      case ErrorFrame error -> complete(error.requestId(), null, new ApiException(error.error()));
      case MessageNew _,
          MessageUpdated _,
          MessageDeleted _,
          ReactionUpdated _,
          PinsUpdated _,
          TypingEvent _,
          ReadEvent _,
          PresenceEvent _,
          RoomUpdated _,
          UserUpdated _,
          MemberUpdated _,
          SlowModeUpdated _,
          KeysChanged _,
          DeviceMessageNew _ ->
          handler.event(frame);
    }
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(CloseCodes.NORMAL, null);
    finish(code, reason);
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    finish(code, reason);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    finish(
        UntrustedCertificateException.in(t).isPresent() ? CERTIFICATE_REFUSED : -1, t.getMessage());
  }

  private void complete(String requestId, Ack ack, ApiException error) {
    CompletableFuture<Ack> answer = requestId == null ? null : pending.remove(requestId);
    if (answer == null) {
      if (error != null) {
        log.warn("the server reports an error for no request: {}", error.getMessage());
      }
      return;
    }
    if (error != null) {
      answer.completeExceptionally(error);
    } else {
      answer.complete(ack);
    }
  }

  private void finish(int code, String reason) {
    if (closed.compareAndSet(false, true)) {
      failPending();
      handler.closed(this, code, reason);
    }
  }

  private void failPending() {
    OfflineException lost = new OfflineException("the connection closed");
    pending.values().forEach(answer -> answer.completeExceptionally(lost));
    pending.clear();
  }
}
