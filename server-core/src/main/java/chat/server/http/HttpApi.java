package chat.server.http;

import chat.server.auth.AccountAdministration;
import chat.server.auth.AccountService;
import chat.server.auth.AuditLog;
import chat.server.auth.RegistrationPolicy;
import chat.server.auth.SessionService;
import chat.server.auth.TwoFactor;
import chat.server.chat.AccountDeletion;
import chat.server.chat.DataExport;
import chat.server.chat.FileService;
import chat.server.chat.KeyBackupService;
import chat.server.chat.KeyService;
import chat.server.chat.RoomInvites;
import chat.server.chat.UserDirectory;
import chat.server.metrics.ServerMetrics;
import chat.server.net.ClientAddresses;
import chat.server.net.TransportLimits;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;

/**
 * The HTTP API on the JDK's server, one virtual thread per request. TCP_NODELAY must be on (the
 * {@code sun.net.httpserver.nodelay} property, read when the first server is created), or every
 * response waits about 40 ms for the client's delayed ACK. With a TLS context it serves only {@code
 * https} on its port.
 *
 * <p>The request and response timeouts are the JDK server's {@code sun.net.httpserver.maxReqTime}
 * (headers and body must have arrived, so a client sending a byte at a time is dropped) and {@code
 * maxRspTime}; like {@code nodelay} they are read once per JVM, when its first server is created,
 * so in one JVM the first server's values hold for every later one. A connection that sends nothing
 * is dropped after the smaller of the request timeout and the idle interval, checked every ten
 * seconds.
 */
public final class HttpApi {

  /**
   * What {@code /api/info} says about this server.
   *
   * @param publicWsUrl the socket URL to give clients, when not this node's own port
   */
  public record Identity(
      String name,
      String version,
      String mode,
      List<String> features,
      long maxFileBytes,
      Optional<URI> publicWsUrl) {
    public Identity {
      features = List.copyOf(features);
    }
  }

  /**
   * What a user does to their own account beyond its name and password, and to the public keys of
   * its end-to-end encryption.
   */
  public record SelfService(
      DataExport exports, AccountDeletion deletion, KeyService keys, KeyBackupService backups) {}

  /**
   * What {@code /readyz} checks.
   *
   * @param storeWritable the store answers and takes a write
   * @param socketsAccepting the socket port accepts connections
   */
  public record Readiness(BooleanSupplier storeWritable, BooleanSupplier socketsAccepting) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  public HttpApi(
      InetSocketAddress address,
      Optional<SSLContext> tls,
      Identity identity,
      int wsPort,
      AccountService accounts,
      AccountAdministration administration,
      RegistrationPolicy registration,
      AuditLog audit,
      RoomInvites roomInvites,
      TwoFactor twoFactor,
      SessionService sessions,
      UserDirectory users,
      SelfService selfService,
      Readiness readiness,
      ServerMetrics metrics,
      TransportLimits limits,
      ClientAddresses clientAddresses,
      Optional<FileService> files)
      throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    System.setProperty(
        "sun.net.httpserver.maxReqTime", Long.toString(limits.httpRequestTimeout().toSeconds()));
    System.setProperty(
        "sun.net.httpserver.maxRspTime", Long.toString(limits.httpResponseTimeout().toSeconds()));
    Router router = new Router(sessions::authenticate, metrics, clientAddresses);
    new OperationEndpoints(
            identity, tls.isPresent(), wsPort, readiness, metrics, registration::mode)
        .addTo(router);
    new AuthEndpoints(accounts, sessions).addTo(router);
    new UserEndpoints(users).addTo(router);
    new AccountEndpoints(selfService.exports(), selfService.deletion()).addTo(router);
    new KeyEndpoints(selfService.keys(), selfService.backups()).addTo(router);
    new AdminEndpoints(administration, registration, audit).addTo(router);
    new InviteEndpoints(registration, roomInvites).addTo(router);
    new TwoFactorEndpoints(twoFactor, accounts).addTo(router);
    files.ifPresent(service -> new FileEndpoints(service).addTo(router));
    try {
      if (tls.isPresent()) {
        HttpsServer https = HttpsServer.create(address, 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls.get()));
        server = https;
      } else {
        server = HttpServer.create(address, 0);
      }
    } catch (BindException e) {
      throw new IOException("cannot listen on " + address + ": " + e.getMessage(), e);
    }
    server.createContext("/", router);
    server.setExecutor(executor);
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting, gives exchanges in flight up to {@code grace} to finish. */
  public void stop(Duration grace) {
    server.stop((int) Math.max(0, grace.toSeconds()));
    executor.shutdown();
  }
}
