package chat.client.net;

import chat.client.config.Settings;
import chat.protocol.http.ServerInfo;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * Which server a {@link Session} talks to, and the one HTTP client it talks through: kept apart so
 * that the pinning rules of finding a server live beside the server they found, not among the
 * session's sign-in and sending.
 */
final class ServerSelection {

  private final Supplier<OkHttpClient> newHttp;
  private final Settings settings;
  private final ExecutorService io;
  private volatile ServerProbe.Found found;
  private OkHttpClient http;

  /**
   * @param newHttp builds the HTTP client, once, when the first server is probed
   * @param io where the blocking probes run
   */
  ServerSelection(Supplier<OkHttpClient> newHttp, Settings settings, ExecutorService io) {
    this.newHttp = newHttp;
    this.settings = settings;
    this.io = io;
  }

  /**
   * Finds the server behind {@code candidates} and keeps it. Where a certificate is pinned, only
   * TLS is asked; with {@code tlsRequired} a server that answers only in plain is refused as {@link
   * NoServerException}, and not kept.
   */
  CompletableFuture<ServerInfo> probe(List<ServerAddress> candidates, boolean tlsRequired) {
    List<ServerAddress> asked =
        candidates.stream().anyMatch(this::pinned)
            ? candidates.stream().filter(ServerAddress::secure).toList()
            : candidates;
    ServerProbe probe =
        new ServerProbe(address -> ServerTrust.clientFor(http(), address, settings), io);
    return CompletableFuture.supplyAsync(() -> probe.find(asked), io)
        .thenApply(
            answer -> {
              if (tlsRequired && !answer.address().secure()) {
                throw NoServerException.withoutTls(answer.address().hostPort());
              }
              found = answer;
              return answer.info();
            });
  }

  private boolean pinned(ServerAddress address) {
    return address.secure() && settings.pinnedCertificate(address.hostPort()).isPresent();
  }

  /** The server found last, or null before the first probe. */
  ServerProbe.Found found() {
    return found;
  }

  ServerInfo info() {
    ServerProbe.Found current = found;
    return current == null ? null : current.info();
  }

  ServerAddress address() {
    ServerProbe.Found current = found;
    return current == null ? null : current.address();
  }

  private synchronized OkHttpClient http() {
    if (http == null) {
      http = newHttp.get();
    }
    return http;
  }

  /** Stops the HTTP client's threads and drops its idle connections, if it was ever built. */
  synchronized void close() {
    if (http != null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
