package chat.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real WebSocket client (the JDK's) speaking the protocol as JSON trees: requests wait for the
 * frame with their requestId; everything else is kept in arrival order for {@link #awaitFrame}.
 */
public final class SocketClient implements AutoCloseable {

  public static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final long POLL_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** How the server closed the socket. */
  public record Close(int code, String reason) {}

  private final WebSocket socket;
  private final BlockingQueue<JsonNode> inbox;
  private final List<JsonNode> unclaimed = new ArrayList<>();
  private final CompletableFuture<Close> closed;
  private final AtomicInteger nextRequestId = new AtomicInteger();
  private final Duration answerWait;

  private SocketClient(
      WebSocket socket,
      BlockingQueue<JsonNode> inbox,
      CompletableFuture<Close> closed,
      Duration answerWait) {
    this.socket = socket;
    this.inbox = inbox;
    this.closed = closed;
    this.answerWait = answerWait;
  }

  /** Connects with the token in the handshake's Authorization header (none when null). */
  public static SocketClient connect(String url, String token) {
    return connect(HTTP, url, token);
  }

  /**
   * Like {@link #connect(String, String)}, waiting up to {@code answerWait} rather than {@link
   * #TIMEOUT} for each awaited frame.
   */
  public static SocketClient connect(String url, String token, Duration answerWait) {
    return connect(HTTP, url, token, answerWait);
  }

  /** Like {@link #connect(String, String)}, through {@code http} (one that trusts its TLS). */
  public static SocketClient connect(HttpClient http, String url, String token) {
    return connect(http, url, token, TIMEOUT);
  }

  private static SocketClient connect(
      HttpClient http, String url, String token, Duration answerWait) {
    BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    CompletableFuture<Close> closed = new CompletableFuture<>();
    Listener listener = new Listener(inbox, closed);
    WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(TIMEOUT);
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    WebSocket socket = builder.buildAsync(URI.create(url), listener).join();
    return new SocketClient(socket, inbox, closed, answerWait);
  }

  /**
   * Sends a request built from key/value pairs, adding a fresh requestId, and returns its answer.
   */
  public JsonNode request(String type, Object... fields) {
    return answer(send(type, fields));
  }

  /** Sends a request without waiting; returns its requestId for {@link #answer}. */
  public String send(String type, Object... fields) {
    ObjectNode frame = JSON.createObjectNode();
    frame.put("type", type);
    String requestId = "r" + nextRequestId.incrementAndGet();
    frame.put("requestId", requestId);
    for (int i = 0; i < fields.length; i += 2) {
      frame.set((String) fields[i], JSON.valueToTree(fields[i + 1]));
    }
    sendText(frame.toString());
    return requestId;
  }

  /** The answer to the request of this id. */
  public JsonNode answer(String requestId) {
    return awaitFrame(f -> requestId.equals(f.path("requestId").asText(null)));
  }

  /** The ack's result, failing the test with the frame when the answer is an error. */
  public JsonNode ok(String type, Object... fields) {
    JsonNode answer = request(type, fields);
    if (!"ack".equals(answer.path("type").asText())) {
      throw new AssertionError(type + " was refused: " + answer);
    }
    return answer.path("result");
  }

  /** The ids of every message of the room, oldest first, paging back from the newest. */
  public List<String> wholeHistory(String roomId) {
    List<String> ids = new ArrayList<>();
    JsonNode page = ok("message.history", "roomId", roomId, "limit", 100);
    while (true) {
      List<String> pageIds = new ArrayList<>();
      page.path("messages").forEach(m -> pageIds.add(m.path("messageId").asText()));
      ids.addAll(0, pageIds);
      if (!page.path("hasMore").asBoolean() || pageIds.isEmpty()) {
        return ids;
      }
      page = ok("message.history", "roomId", roomId, "limit", 100, "before", pageIds.getFirst());
    }
  }

  public void sendText(String text) {
    socket.sendText(text, true).join();
  }

  public void sendBinary(byte[] bytes) {
    socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).join();
  }

  /**
   * The first frame (oldest first) that matches, waiting up to {@link #TIMEOUT} (or the wait it was
   * connected with). When none comes, the failure names a dump of this JVM's threads: with the
   * nodes in this JVM, it shows where the request stopped.
   */
  public JsonNode awaitFrame(Predicate<JsonNode> wanted) {
    return poll(wanted, answerWait)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no matching frame within "
                        + answerWait
                        + "; unclaimed: "
                        + receivedSoFar()
                        + "; "
                        + ThreadDumps.write("no-answer")));
  }

  /**
   * The first frame that matches, taking it; empty when none came within {@code wait} or the socket
   * closed without one.
   */
  public Optional<JsonNode> poll(Predicate<JsonNode> wanted, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (unclaimed) {
      for (Iterator<JsonNode> it = unclaimed.iterator(); it.hasNext(); ) {
        JsonNode frame = it.next();
        if (wanted.test(frame)) {
          it.remove();
          return Optional.of(frame);
        }
      }
      try {
        while (true) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return Optional.empty();
          }
          JsonNode frame = inbox.poll(Math.min(left, POLL_SLICE_NANOS), TimeUnit.NANOSECONDS);
          if (frame == null) {
            if (closed.isDone() && inbox.isEmpty()) {
              return Optional.empty();
            }
          } else if (wanted.test(frame)) {
            return Optional.of(frame);
          } else {
            unclaimed.add(frame);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Every frame received and not yet claimed, oldest first, without waiting. */
  public List<JsonNode> receivedSoFar() {
    synchronized (unclaimed) {
      inbox.drainTo(unclaimed);
      return List.copyOf(unclaimed);
    }
  }

  /** The next event of this type. */
  public JsonNode awaitEvent(String type) {
    return awaitFrame(f -> type.equals(f.path("type").asText()));
  }

  /** Whether a frame of this type arrives within {@code wait}; consumes it if so. */
  public boolean receivesEvent(String type, Duration wait) {
    return poll(f -> type.equals(f.path("type").asText()), wait).isPresent();
  }

  /** How the server closed the socket, waiting up to {@code wait}. */
  public Close awaitClose(Duration wait) {
    return closed.orTimeout(wait.toMillis(), TimeUnit.MILLISECONDS).join();
  }

  public boolean isClosed() {
    return closed.isDone();
  }

  @Override
  public void close() {
    if (!closed.isDone()) {
      socket.abort();
    }
  }

  /** Collects whole text messages and the close code. */
  private static final class Listener implements WebSocket.Listener {
    private final BlockingQueue<JsonNode> inbox;
    private final CompletableFuture<Close> closed;
    private final StringBuilder partial = new StringBuilder();

    Listener(BlockingQueue<JsonNode> inbox, CompletableFuture<Close> closed) {
      this.inbox = inbox;
      this.closed = closed;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          inbox.add(JSON.readTree(partial.toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
      closed.complete(new Close(statusCode, reason));
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      closed.complete(new Close(-1, String.valueOf(error)));
    }
  }
}
