package chat.client.support;

import chat.client.config.AppDirs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The app hosting a server through "Host a server on this computer", on two free loopback ports,
 * and the others who join it over TLS ({@link Peer}s trusting the certificate it generated).
 * Closing closes the peers and the app, which stops the server.
 */
public final class HostingApp implements AutoCloseable {

  /** Loopback only, no LAN announcement, the cheapest bcrypt: what a test's hosted server uses. */
  public static final Map<String, String> IN_TESTS =
      Map.of("HOST", "127.0.0.1", "BCRYPT_COST", "4", "DISCOVERY", "off");

  /** How long a hosted server may take to start: generating its key pair is slow on a busy box. */
  public static final Duration STARTING = Duration.ofSeconds(60);

  private final Path home;
  private final String owner;
  private final int httpPort;
  private final int wsPort;
  private final List<Peer> peers = new ArrayList<>();
  private AppDriver app;

  private HostingApp(Path home, String owner, int httpPort, int wsPort, AppDriver app) {
    this.home = home;
    this.owner = owner;
    this.httpPort = httpPort;
    this.wsPort = wsPort;
    this.app = app;
  }

  /** Starts the app under {@code home}, hosts a server and signs up on it as {@code username}. */
  public static HostingApp hostAndSignUp(Path home, String username) {
    List<Integer> ports = Ports.free(2);
    int httpPort = ports.get(0);
    int wsPort = ports.get(1);
    AppDriver app = AppDriver.launch(home, IN_TESTS);
    HostingApp hosting = new HostingApp(home, username, httpPort, wsPort, app);
    app.fill("#host-http-port", Integer.toString(httpPort));
    app.fill("#host-ws-port", Integer.toString(wsPort));
    app.click("#host");
    AppDriver.waitFor(
        "the sign-in screen of the hosted server", STARTING, () -> app.exists("#username"));
    app.registerAndWait(username);
    return hosting;
  }

  /** Closes the app (as quitting does) and starts it again on the same folders. */
  public void restart() {
    app.close();
    app = AppDriver.launch(home, IN_TESTS);
  }

  public AppDriver app() {
    return app;
  }

  public int httpPort() {
    return httpPort;
  }

  /**
   * Someone else joins: registers {@code username} on the hosted server, with an invite the host's
   * owner made (a hosted server registers by invite), and connects.
   */
  public Peer join(String username) {
    String httpUrl = "https://127.0.0.1:" + httpPort;
    Peer peer =
        Peer.register(
            trusting(),
            httpUrl,
            "wss://127.0.0.1:" + wsPort + "/ws",
            username,
            Peer.invite(trusting(), httpUrl, owner));
    peers.add(peer);
    return peer;
  }

  /** Whether the hosted server answers {@code GET /api/info}. */
  public boolean answers() {
    try {
      HttpResponse<Void> response =
          trusting()
              .send(
                  HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + httpPort + "/api/info"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Whether the hosted server's HTTP port is free again: the server stopped. */
  public boolean portFree() {
    try (ServerSocket reuse = new ServerSocket(httpPort, 1, InetAddress.getLoopbackAddress())) {
      return reuse.getLocalPort() == httpPort;
    } catch (IOException e) {
      return false;
    }
  }

  /** The certificate the hosted server generated, in its data folder. */
  public Path certificate() {
    return AppDirs.under(home).data().resolve("hosted-server").resolve("tls").resolve("cert.pem");
  }

  private HttpClient trusting() {
    return TrustingHttp.of(certificate());
  }

  @Override
  public void close() {
    peers.forEach(Peer::close);
    app.close();
  }
}
