package chat.server.support;

import chat.server.support.ApiClient.Login;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A client that sends to one room as fast as acks come, the way a real client with an outbox would:
 * each message keeps its clientMsgId until acknowledged; an error or a silence means resend it; a
 * closed socket means reconnect (to whatever node {@code nodeUrls} gives next) and resend. It
 * records the message ids in the order they were acknowledged.
 */
public final class SendingClient implements Runnable {

  /** Bounds every run, whatever happens to the stop signal. */
  public static final int MAX_MESSAGES = 20_000;

  private static final Duration ANSWER_WAIT = Duration.ofSeconds(3);
  private static final Duration RETRY_PAUSE = Duration.ofMillis(50);

  private final String name;
  private final Login login;
  private final String roomId;
  private final Supplier<String> nodeUrls;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final List<String> acknowledged = new CopyOnWriteArrayList<>();
  private final List<Long> ackNanos = new CopyOnWriteArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicInteger reconnects = new AtomicInteger();

  public SendingClient(String name, Login login, String roomId, Supplier<String> nodeUrls) {
    this.name = name;
    this.login = login;
    this.roomId = roomId;
    this.nodeUrls = nodeUrls;
  }

  /** Sends until {@link #stop}, and never more than {@link #MAX_MESSAGES}. */
  @Override
  public void run() {
    int next = 0;
    SocketClient socket = SocketClient.connect(nodeUrls.get(), login.accessToken());
    try {
      while (!stop.get() && next < MAX_MESSAGES) {
        if (socket.isClosed()) {
          socket = reconnect();
          if (socket == null) {
            return;
          }
          continue;
        }
        String requestId =
            socket.send(
                "message.send",
                "roomId",
                roomId,
                "content",
                name + " " + next,
                "clientMsgId",
                name + "-" + next);
        Optional<JsonNode> answer =
            socket.poll(f -> requestId.equals(f.path("requestId").asText(null)), ANSWER_WAIT);
        if (answer.isPresent() && "ack".equals(answer.get().path("type").asText())) {
          acknowledged.add(answer.get().path("result").path("message").path("messageId").asText());
          ackNanos.add(System.nanoTime());
          next++;
        } else {
          failures.incrementAndGet();
          pause();
        }
      }
    } finally {
      if (socket != null) {
        socket.close();
      }
    }
  }

  public void stop() {
    stop.set(true);
  }

  /** Message ids in the order their acks arrived. */
  public List<String> acknowledged() {
    return List.copyOf(acknowledged);
  }

  /** When each ack arrived ({@link System#nanoTime}), in the order of {@link #acknowledged}. */
  public List<Long> ackNanos() {
    return List.copyOf(ackNanos);
  }

  /** Sends that got an error or no answer and were retried. */
  public int failures() {
    return failures.get();
  }

  public int reconnects() {
    return reconnects.get();
  }

  /** A socket to the next node, or null once stopped. */
  private SocketClient reconnect() {
    while (!stop.get()) {
      pause();
      try {
        SocketClient socket = SocketClient.connect(nodeUrls.get(), login.accessToken());
        reconnects.incrementAndGet();
        return socket;
      } catch (RuntimeException nodeDown) {
        failures.incrementAndGet();
      }
    }
    return null;
  }

  private static void pause() {
    try {
      Thread.sleep(RETRY_PAUSE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
