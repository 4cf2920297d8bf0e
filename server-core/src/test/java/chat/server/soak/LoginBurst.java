package chat.server.soak;

import chat.server.bench.OpenLoop;
import chat.server.support.ApiClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bad logins from one address, {@value #PER_SECOND} a second with at most {@value #IN_FLIGHT}
 * unanswered, each for another username (credential stuffing: a limit per username never trips).
 * Every attempt costs the server a bcrypt hash unless it refuses the address first; without that,
 * the hashes take the cores from everyone else.
 */
public final class LoginBurst implements HostileClient {

  static final double PER_SECOND = 40;
  static final int IN_FLIGHT = 16;
  private static final int USERNAMES = 1_000;

  private final String httpUrl;
  private final AtomicLong attempts = new AtomicLong();
  private final AtomicLong refusedCredentials = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong otherAnswers = new AtomicLong();
  private final AtomicLong transportFailures = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private volatile boolean closed;

  public LoginBurst(String httpUrl) {
    this.httpUrl = httpUrl;
  }

  @Override
  public void attackUntil(long deadlineNanos) {
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    try (HttpClient http =
            HttpClient.newBuilder()
                .localAddress(SoakSettings.LOGIN_BURST)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      ApiClient api = ApiClient.over(http, httpUrl);
      double seconds = Math.max(0, (deadlineNanos - System.nanoTime()) / 1e9);
      OpenLoop.run(
          PER_SECOND,
          seconds,
          due -> {
            if (closed || !inFlight.tryAcquire()) {
              skipped.incrementAndGet();
              return;
            }
            long attempt = attempts.getAndIncrement();
            threads.submit(
                () -> {
                  try {
                    count(api.login("stuffed" + attempt % USERNAMES, "not the password"));
                  } catch (RuntimeException unanswered) {
                    transportFailures.incrementAndGet();
                  } finally {
                    inFlight.release();
                  }
                });
          });
    }
  }

  private void count(ApiClient.Reply reply) {
    String code = reply.errorCode();
    if ("RATE_LIMITED".equals(code)) {
      rateLimited.incrementAndGet();
    } else if ("INVALID_CREDENTIALS".equals(code)) {
      refusedCredentials.incrementAndGet();
    } else {
      otherAnswers.incrementAndGet();
    }
  }

  @Override
  public String summary() {
    return String.format(
        "login burst: %d sent (%d more skipped, %d unanswered already), %d wrong credentials,"
            + " %d RATE_LIMITED, %d other answers, %d failed to connect or timed out",
        attempts.get(),
        skipped.get(),
        IN_FLIGHT,
        refusedCredentials.get(),
        rateLimited.get(),
        otherAnswers.get(),
        transportFailures.get());
  }

  @Override
  public Optional<String> undefended() {
    return rateLimited.get() == 0
        ? Optional.of("no bad login from one address was ever refused as RATE_LIMITED")
        : Optional.empty();
  }

  @Override
  public void close() {
    closed = true;
  }
}
