package chat.client.net;

import chat.protocol.CloseCodes;
import chat.protocol.client.Ping;
import chat.protocol.result.EmptyResult;
import chat.protocol.server.ServerFrame;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one signed-in user connected: opens the socket, confirms it with a {@code ping} (the server
 * authenticates before answering it), reconnects with {@link ReconnectPolicy} after any drop, and
 * refreshes the access token before it expires and whenever the server closes with {@link
 * CloseCodes#UNAUTHORIZED}. A certificate other than the pinned one stops it for good ({@link
 * ConnectionStatus#CERTIFICATE_CHANGED}).
 *
 * <p>All its state lives on the {@code loop} thread; okhttp's callbacks hop onto it. Refreshes are
 * never run two at a time: refresh tokens rotate, and presenting an already-rotated one revokes the
 * whole session.
 */
final class Connection implements SocketLink.Handler {

  /** What the connection tells its owner, on the loop thread; nothing once it is stopped. */
  interface Listener {
    void connected(SocketLink link);

    void disconnected();

    void event(ServerFrame event);

    void status(ConnectionStatus status);

    void tokensRotated(Tokens tokens);

    void sessionEnded(String reason);
  }

  private static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);
  private static final Duration REFRESH_RETRY = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(Connection.class);

  private final OkHttpClient http;
  private final RestApi rest;
  private final String wsUrl;
  private final ReconnectPolicy policy;
  private final ScheduledExecutorService loop;
  private final Executor io;
  private final Clock clock;
  private final Listener listener;

  private volatile Tokens tokens;
  private volatile SocketLink live;
  private SocketLink opening;
  private int attempt;
  private Instant goingAway;
  private boolean stopped;
  private ScheduledFuture<?> retry;
  private ScheduledFuture<?> refreshTimer;
  private CompletableFuture<Void> refreshing;

  /**
   * The server to connect to: its HTTP client (which pins its certificate), its API, its socket.
   */
  record Server(OkHttpClient http, RestApi rest, String wsUrl) {}

  /**
   * When and where a connection works: how long it waits between attempts, the loop thread its
   * state lives on, the threads that may block, and the clock its tokens expire by.
   */
  record Timing(ReconnectPolicy policy, ScheduledExecutorService loop, Executor io, Clock clock) {}

  Connection(Server server, Tokens tokens, Timing timing, Listener listener) {
    this.http = server.http();
    this.rest = server.rest();
    this.wsUrl = server.wsUrl();
    this.tokens = tokens;
    this.policy = timing.policy();
    this.loop = timing.loop();
    this.io = timing.io();
    this.clock = timing.clock();
    this.listener = listener;
  }

  /** Starts connecting; call on the loop thread. */
  void start() {
    scheduleRefresh();
    connect();
  }

  /** Skips the wait before the next attempt. */
  void retryNow() {
    onLoop(
        () -> {
          if (!stopped && live == null && opening == null) {
            connect();
          }
        });
  }

  /** Closes the socket and stops every timer; call on the loop thread. */
  void stop() {
    stopped = true;
    cancel(retry);
    cancel(refreshTimer);
    SocketLink link = live != null ? live : opening;
    live = null;
    opening = null;
    if (link != null) {
      link.close();
    }
  }

  Tokens tokens() {
    return tokens;
  }

  /** The confirmed socket, or null while offline. */
  SocketLink live() {
    return live;
  }

  @Override
  public void opened(SocketLink link) {
    onLoop(
        () -> {
          if (link != opening) {
            return;
          }
          link.request(Ping::new, EmptyResult.class)
              .whenCompleteAsync((ok, failure) -> confirmed(link, failure), loop);
        });
  }

  @Override
  public void event(ServerFrame event) {
    onLoop(
        () -> {
          if (!stopped) {
            listener.event(event);
          }
        });
  }

  @Override
  public void closed(SocketLink link, int code, String reason) {
    onLoop(() -> dropped(link, code, reason));
  }

  /**
   * Hops onto the loop thread, or drops {@code work} once the session closed and shut the loop
   * down: until the queued {@link #stop} closes the socket, it may still deliver an event.
   */
  private void onLoop(Runnable work) {
    try {
      loop.execute(work);
    } catch (RejectedExecutionException rejected) {
      if (!loop.isShutdown()) {
        throw rejected;
      }
      log.debug("the session closed; dropping a late socket callback");
    }
  }

  private void connect() {
    cancel(retry);
    if (stopped) {
      return;
    }
    listener.status(ConnectionStatus.CONNECTING);
    if (tokens.expiresAt() - clock.millis() < REFRESH_MARGIN.toMillis()) {
      refreshThen(this::connect);
      return;
    }
    opening = SocketLink.open(http, wsUrl, tokens.access(), this);
  }

  private void confirmed(SocketLink link, Throwable failure) {
    if (link != opening) {
      return;
    }
    if (failure != null) {
      if (!link.isClosed()) { // no answer on an open socket: give up on it
        opening = null;
        link.close();
        waitAndRetry();
      }
      return; // otherwise the socket closed (UNAUTHORIZED perhaps): dropped() deals with it
    }
    opening = null;
    live = link;
    attempt = 0;
    goingAway = null;
    listener.status(ConnectionStatus.CONNECTED);
    listener.connected(link);
  }

  private void dropped(SocketLink link, int code, String reason) {
    if (link != opening && link != live) {
      return;
    }
    boolean wasLive = link == live;
    opening = null;
    live = null;
    if (wasLive) {
      listener.disconnected();
    }
    if (stopped) {
      return;
    }
    if (code == SocketLink.CERTIFICATE_REFUSED) {
      refuseCertificate();
      return;
    }
    log.info("connection closed ({} {}); reconnecting", code, reason);
    if (code == CloseCodes.GOING_AWAY && goingAway == null) {
      goingAway = clock.instant();
    }
    if (code == CloseCodes.UNAUTHORIZED) {
      // Refresh and come straight back, but only once in a row: a server that refuses every
      // fresh token (its clock far ahead, say) must get the backoff, not a tight loop.
      boolean firstRefusal = attempt == 0;
      attempt = Math.max(attempt, 1);
      refreshThen(firstRefusal ? this::connect : this::waitAndRetry);
    } else {
      waitAndRetry();
    }
  }

  private void waitAndRetry() {
    attempt++;
    Duration delay =
        goingAway == null
            ? policy.delay(attempt)
            : policy.delayAfterRestart(attempt, Duration.between(goingAway, clock.instant()));
    listener.status(ConnectionStatus.waitingUntil(clock.instant().plus(delay)));
    retry = loop.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Refreshes the tokens (joining a refresh already under way), then runs {@code next}. */
  private void refreshThen(Runnable next) {
    if (refreshing == null) {
      String refreshToken = tokens.refresh();
      refreshing =
          CompletableFuture.supplyAsync(() -> rest.refresh(refreshToken), io)
              .thenAcceptAsync(
                  result -> {
                    if (stopped) {
                      return; // signed out meanwhile: the new tokens must not be remembered
                    }
                    tokens = Tokens.of(result, clock.millis());
                    listener.tokensRotated(tokens);
                    scheduleRefresh();
                  },
                  loop);
      refreshing.whenCompleteAsync((ok, failure) -> refreshing = null, loop);
    }
    refreshing.whenCompleteAsync(
        (ok, failure) -> {
          if (stopped) {
            return;
          }
          if (failure == null) {
            next.run();
          } else if (Failures.unwrap(failure) instanceof ApiException refused) {
            stop();
            listener.sessionEnded(refused.getMessage());
          } else if (UntrustedCertificateException.in(failure).isPresent()) {
            refuseCertificate();
          } else if (live == null && opening == null) {
            waitAndRetry();
          } else {
            refreshTimer =
                loop.schedule(
                    () -> refreshThen(() -> {}), REFRESH_RETRY.toMillis(), TimeUnit.MILLISECONDS);
          }
        },
        loop);
  }

  /**
   * The server now presents a certificate other than the pinned one: stops for good rather than
   * retrying, since nothing may be sent to it and only the user can decide what it means.
   */
  private void refuseCertificate() {
    log.warn("the server's TLS certificate changed; not reconnecting");
    stop();
    listener.status(ConnectionStatus.CERTIFICATE_CHANGED);
  }

  /** Refreshes a minute before the access token expires, so a live socket is never cut for it. */
  private void scheduleRefresh() {
    cancel(refreshTimer);
    long delay = Math.max(1000, tokens.expiresAt() - clock.millis() - REFRESH_MARGIN.toMillis());
    refreshTimer = loop.schedule(() -> refreshThen(() -> {}), delay, TimeUnit.MILLISECONDS);
  }

  private static void cancel(ScheduledFuture<?> task) {
    if (task != null) {
      task.cancel(false);
    }
  }
}
