package chat.client.net;

import chat.protocol.http.ServerInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * Finds the server behind the addresses one typed address stands for ({@link
 * ServerAddress#candidates}), asking {@code GET /api/info} at each, best first.
 *
 * <p>Not strictly one after the other: a plain server greeted with TLS says nothing (the JDK's HTTP
 * server waits for a line end that never comes) until the read timeout runs out. So the next
 * address is asked as soon as the one before has failed, or once it has had {@link #HEAD_START}
 * without an answer. A port speaks TLS or plain HTTP, not both, so the first answer that settles
 * anything wins, whichever address gave it, and the other request is cancelled: a server, an
 * untrusted certificate (the question to the user), the server's own error, nothing listening, or
 * something that is not a chat server. A connection that brings no answer settles nothing. What a
 * plain request to a TLS server carries is the path {@code /api/info}, nothing private.
 */
final class ServerProbe {

  /** How long TLS is asked alone before plain HTTP is asked too: a TLS handshake on a LAN. */
  static final Duration HEAD_START = Duration.ofMillis(300);

  /** The server found: its address, the HTTP client trusting it, and its answer. */
  record Found(ServerAddress address, OkHttpClient http, RestApi api, ServerInfo info) {

    /**
     * The socket URL the server named, over TLS whenever the server was reached over TLS: a proxy
     * in front of a plain server may name {@code ws://}, and the token must not travel in clear.
     */
    String socketUrl() {
      String named = info.wsUrl();
      return address.secure() && named.startsWith("ws://") ? "wss://" + named.substring(5) : named;
    }
  }

  private final Function<ServerAddress, OkHttpClient> clientFor;
  private final ExecutorService io;

  /**
   * @param clientFor the HTTP client for an address (pinned to its certificate over TLS)
   * @param io where the requests run
   */
  ServerProbe(Function<ServerAddress, OkHttpClient> clientFor, ExecutorService io) {
    this.clientFor = clientFor;
    this.io = io;
  }

  /**
   * The server at the first of {@code candidates} that settles it.
   *
   * @throws UntrustedCertificateException a TLS server whose certificate is not trusted (yet)
   * @throws NoServerException nothing listens there, or something that is not a chat server
   * @throws ApiException the server answered with its own error
   * @throws OfflineException no address brought an answer (the first such failure)
   */
  Found find(List<ServerAddress> candidates) {
    CompletionService<Found> answers = new ExecutorCompletionService<>(io);
    List<Future<Found>> asked = new ArrayList<>();
    RuntimeException unanswered = null;
    int settled = 0;
    try {
      while (settled < asked.size() || asked.size() < candidates.size()) {
        boolean more = asked.size() < candidates.size();
        if (more && settled == asked.size()) {
          asked.add(ask(answers, candidates.get(asked.size())));
          continue;
        }
        Future<Found> answer =
            more ? answers.poll(HEAD_START.toMillis(), TimeUnit.MILLISECONDS) : answers.take();
        if (answer == null) {
          asked.add(ask(answers, candidates.get(asked.size())));
          continue;
        }
        settled++;
        try {
          return answer.get();
        } catch (ExecutionException e) {
          RuntimeException failure = asRuntime(e.getCause());
          if (!(failure instanceof OfflineException)) {
            throw failure;
          }
          unanswered = unanswered == null ? failure : unanswered;
        }
      }
      throw unanswered;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OfflineException("interrupted while looking for the server", e);
    } finally {
      // Interrupting a virtual thread closes the socket it is blocked on.
      asked.forEach(request -> request.cancel(true));
    }
  }

  private Future<Found> ask(CompletionService<Found> answers, ServerAddress address) {
    return answers.submit(
        () -> {
          OkHttpClient http = clientFor.apply(address);
          RestApi api = new RestApi(http, address);
          return new Found(address, http, api, api.info());
        });
  }

  private static RuntimeException asRuntime(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(failure);
  }
}
