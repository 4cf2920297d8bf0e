package chat.client.host;

import chat.protocol.CertificateFingerprint;
import chat.server.embed.EmbeddedServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Host a server on this computer": runs {@code server-core} inside the app, with the embedded
 * store in the user's data folder, listening on every interface so that others on the LAN can join.
 * The server keeps its generated secrets, its self-signed TLS certificate and its data in that
 * folder, so it comes back with the same accounts, rooms and certificate (the one its users pinned)
 * next time. TLS is on unless the overrides say {@code TLS=off}. Start and stop block: call them
 * off the FX thread.
 */
public final class LocalServerHost {

  /**
   * A running hosted server: its ports, the addresses others should type, and the fingerprint of
   * its TLS certificate (empty when TLS was turned off).
   */
  public record Hosted(
      int httpPort, int wsPort, List<String> lanAddresses, Optional<String> tlsFingerprint) {

    /** The address this computer's own app uses. */
    public String localAddress() {
      return scheme() + "127.0.0.1:" + httpPort;
    }

    /** What to tell the others: the first LAN address, or this machine's own when there is none. */
    public String addressForOthers() {
      return scheme()
          + (lanAddresses.isEmpty() ? "127.0.0.1" : lanAddresses.getFirst())
          + ":"
          + httpPort;
    }

    /**
     * The certificate's fingerprint, for others to compare with what their app shows on first use,
     * on two lines so it fits a narrow label; empty without TLS.
     */
    public String fingerprintNotice() {
      return tlsFingerprint
          .map(f -> "\nCertificate (SHA-256):\n" + CertificateFingerprint.inTwoLines(f))
          .orElse("");
    }

    private String scheme() {
      return tlsFingerprint.isPresent() ? "https://" : "";
    }
  }

  private final Path dataDir;
  private final Map<String, String> overrides;
  private EmbeddedServer server;
  private Hosted hosted;

  /**
   * @param overrides server settings that replace the host's defaults (tests bind to loopback and
   *     use the cheapest bcrypt cost)
   */
  public LocalServerHost(Path dataDir, Map<String, String> overrides) {
    this.dataDir = dataDir;
    this.overrides = Map.copyOf(overrides);
  }

  /**
   * Starts the server, or returns the one already running.
   *
   * @throws IOException when a port is taken (the message says which) or the store cannot open
   */
  public synchronized Hosted start(int httpPort, int wsPort)
      throws IOException, InterruptedException {
    if (hosted != null) {
      return hosted;
    }
    server =
        EmbeddedServer.builder(dataDir)
            .host("0.0.0.0")
            .ports(httpPort, wsPort)
            .name("Chat on " + hostName())
            .tls(true)
            .settings(overrides)
            .start();
    hosted =
        new Hosted(
            server.httpPort(), server.wsPort(), server.lanAddresses(), server.tlsFingerprint());
    return hosted;
  }

  /** The running server, or null. */
  public synchronized Hosted hosted() {
    return hosted;
  }

  /** Stops the server cleanly (acks in flight go out, the store closes); safe to call twice. */
  public synchronized void stop() throws InterruptedException {
    if (server != null) {
      server.stop();
      server = null;
      hosted = null;
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "this computer";
    }
  }
}
