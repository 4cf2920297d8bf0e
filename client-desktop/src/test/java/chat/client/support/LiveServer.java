package chat.client.support;

import chat.server.embed.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real server on loopback for a test, with its own data directory. It starts on free ports and
 * restarts on the same ones, with the same data, as a server that was killed and brought back.
 * bcrypt runs at its cheapest cost and the send rate limit is out of the way: tests that need many
 * messages are not about rate limits. {@link #startTls} serves https and wss with a certificate
 * generated into the data directory, as a hosted server does.
 */
public final class LiveServer implements AutoCloseable {

  private final Path dataDir;
  private final String name;
  private final boolean tls;
  private final Map<String, String> settings;
  private EmbeddedServer server;
  private int httpPort;
  private int wsPort;

  private LiveServer(Path dataDir, String name, boolean tls, Map<String, String> settings) {
    this.dataDir = dataDir;
    this.name = name;
    this.tls = tls;
    this.settings = settings;
  }

  public static LiveServer start(Path dataDir) {
    return start(dataDir, "Test chat");
  }

  /** Starts a server that calls itself {@code name}. */
  public static LiveServer start(Path dataDir, String name) {
    LiveServer live = new LiveServer(dataDir, name, false, Map.of());
    live.boot(0, 0);
    return live;
  }

  /**
   * Starts a server with these settings of its configuration table on top of the tests' own, such
   * as a short {@code PRESENCE_GRACE_MS}.
   */
  public static LiveServer startWith(Path dataDir, Map<String, String> settings) {
    LiveServer live = new LiveServer(dataDir, "Test chat", false, settings);
    live.boot(0, 0);
    return live;
  }

  /** Starts a server with TLS on both ports and a certificate of its own. */
  public static LiveServer startTls(Path dataDir) {
    return startTlsWith(dataDir, Map.of());
  }

  /** Starts a server with TLS, as {@link #startTls}, and these settings, as {@link #startWith}. */
  public static LiveServer startTlsWith(Path dataDir, Map<String, String> settings) {
    LiveServer live = new LiveServer(dataDir, "Test chat", true, settings);
    live.boot(0, 0);
    return live;
  }

  /** The address a person would type. */
  public String address() {
    return (tls ? "https://" : "") + "127.0.0.1:" + httpPort;
  }

  public String httpUrl() {
    return (tls ? "https://" : "http://") + "127.0.0.1:" + httpPort;
  }

  public String wsUrl() {
    return (tls ? "wss://" : "ws://") + "127.0.0.1:" + wsPort + "/ws";
  }

  /** The SHA-256 fingerprint of the certificate the server presents now. */
  public String fingerprint() {
    return server.tlsFingerprint().orElseThrow();
  }

  /** Where the server's generated certificate is. */
  public Path certificateFile() {
    return dataDir.resolve("tls").resolve("cert.pem");
  }

  /**
   * How many HTTP requests this run of the server (since its last start) has answered, {@code
   * /metrics} itself not counted.
   */
  public long requestsServed() {
    return sum(
        metrics()
            .filter(line -> line.startsWith("chat_http_requests_seconds_count{"))
            .filter(line -> !line.contains("route=\"/metrics\"")));
  }

  /**
   * How many socket requests of protocol {@code type} (such as {@code sync}) this run of the server
   * has received from signed-in clients.
   */
  public long socketRequests(String type) {
    return sum(
        metrics().filter(line -> line.startsWith("chat_ws_requests_total{type=\"" + type + "\"}")));
  }

  private static long sum(Stream<String> samples) {
    return samples
        .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  /** The server's metrics, line by line; over TLS, trusting its current certificate. */
  private Stream<String> metrics() {
    HttpRequest scrape = HttpRequest.newBuilder(URI.create(httpUrl() + "/metrics")).build();
    try (HttpClient http = tls ? TrustingHttp.of(certificateFile()) : HttpClient.newHttpClient()) {
      return http.send(scrape, HttpResponse.BodyHandlers.ofString()).body().lines();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Restarts on the same ports with the same data but a new certificate, as when its files are
   * replaced, or someone else answers at its address.
   */
  public void restartWithNewCertificate() {
    stop();
    try {
      Files.delete(certificateFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    restart();
  }

  public void stop() {
    try {
      server.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Starts again on the same ports with the same data. */
  public void restart() {
    boot(httpPort, wsPort);
  }

  @Override
  public void close() {
    stop();
  }

  private void boot(int http, int ws) {
    try {
      server =
          EmbeddedServer.builder(dataDir)
              .host("127.0.0.1")
              .ports(http, ws)
              .name(name)
              .tls(tls)
              .settings(
                  Map.of(
                      "BCRYPT_COST",
                      "4",
                      "MESSAGE_BURST",
                      "1000",
                      "MESSAGE_RATE_PER_SECOND",
                      "1000"))
              .settings(settings)
              .start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    httpPort = server.httpPort();
    wsPort = server.wsPort();
  }
}
