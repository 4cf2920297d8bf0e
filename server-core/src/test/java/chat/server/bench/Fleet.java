package chat.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The generator's sockets: opened through one JDK HTTP client (one selector thread) whose callbacks
 * run on two threads, however many sockets there are.
 */
public final class Fleet implements AutoCloseable {

  private static final int CONNECTS_IN_FLIGHT = 128;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

  /**
   * Where one socket connects, and the access token its handshake carries (null: none).
   *
   * @param socketIo whether the server speaks Socket.IO ({@link SocketIoFraming}): then the token
   *     goes in its connect packet
   */
  public record Target(String wsUrl, String token, boolean socketIo) {

    public Target(String wsUrl, String token) {
      this(wsUrl, token, false);
    }
  }

  private final ExecutorService callbacks =
      Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().name("fleet-", 0).factory());
  private final HttpClient client = HttpClient.newBuilder().executor(callbacks).build();
  private final Ledger ledger;
  private final AtomicLong errors;
  private final List<BenchSocket> sockets = new ArrayList<>();
  private volatile String firstError;

  public Fleet(Ledger ledger, AtomicLong errors) {
    this.ledger = ledger;
    this.errors = errors;
  }

  /**
   * Opens one socket per target, at most {@value #CONNECTS_IN_FLIGHT} handshakes at a time.
   *
   * @return the sockets that opened, in the order of {@code targets} (failures are counted as
   *     errors and left out)
   */
  public List<BenchSocket> open(List<Target> targets) throws InterruptedException {
    Semaphore inFlight = new Semaphore(CONNECTS_IN_FLIGHT);
    List<CompletableFuture<BenchSocket>> opening = new ArrayList<>();
    for (Target target : targets) {
      inFlight.acquire();
      BenchSocket socket =
          new BenchSocket(ledger, errors, target.socketIo() ? target.token() : null);
      var builder = client.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT);
      if (target.token() != null && !target.socketIo()) {
        builder.header("Authorization", "Bearer " + target.token());
      }
      opening.add(
          builder
              .buildAsync(URI.create(target.wsUrl()), socket)
              .thenCompose(ws -> socket.ready())
              .orTimeout(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
              .handle(
                  (ready, failure) -> {
                    inFlight.release();
                    if (failure != null) {
                      if (firstError == null) {
                        firstError = failure.toString();
                      }
                      errors.incrementAndGet();
                      return null;
                    }
                    return socket;
                  }));
    }
    List<BenchSocket> opened = new ArrayList<>();
    for (CompletableFuture<BenchSocket> future : opening) {
      BenchSocket socket = future.join();
      if (socket != null) {
        opened.add(socket);
      }
    }
    synchronized (sockets) {
      sockets.addAll(opened);
    }
    return opened;
  }

  /** The first connect failure's message, or null, to tell what the errors were. */
  String firstError() {
    return firstError;
  }

  /**
   * Sends {@code ping} on every socket and waits for the answers: a socket answers only once the
   * server has authenticated it.
   *
   * @return how many sockets answered with an ack
   */
  public static int pingAll(List<BenchSocket> sockets, Duration timeout) {
    List<CompletableFuture<String>> answers =
        sockets.stream().map(socket -> socket.request("ping", "")).toList();
    long deadline = System.nanoTime() + timeout.toNanos();
    int acked = 0;
    for (CompletableFuture<String> answer : answers) {
      try {
        long left = Math.max(1, deadline - System.nanoTime());
        if (answer.get(left, TimeUnit.NANOSECONDS).startsWith("{\"type\":\"ack\"")) {
          acked++;
        }
      } catch (Exception unanswered) {
        // counted by its absence
      }
    }
    return acked;
  }

  @Override
  public void close() {
    synchronized (sockets) {
      sockets.forEach(BenchSocket::close);
      sockets.clear();
    }
    client.shutdownNow();
    callbacks.shutdownNow();
  }
}
