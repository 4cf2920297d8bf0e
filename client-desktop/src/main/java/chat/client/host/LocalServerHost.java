package chat.client.host;

import chat.protocol.CertificateFingerprint;
import chat.server.embed.EmbeddedServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * "Host a server on this computer": runs {@code server-core} inside the app, with the embedded
 * store in the user's data folder, listening on every interface so that others on the LAN can join.
 * The server keeps its generated secrets, its self-signed TLS certificate and its data in that
 * folder, so it comes back with the same accounts, rooms and certificate (the one its users pinned)
 * next time. TLS is on unless the overrides say {@code TLS=off}, and registration is by invite
 * unless they say otherwise ({@link #DEFAULTS}). Start and stop block: call them off the FX thread.
 */
public final class LocalServerHost {

  /**
   * A running hosted server: its ports, the addresses others should type, the fingerprint of its
   * TLS certificate (empty when TLS was turned off) and when it started.
   */
  public record Hosted(
      int httpPort,
      int wsPort,
      List<String> lanAddresses,
      Optional<String> tlsFingerprint,
      Instant startedAt) {

    /** The address this computer's own app uses. */
    public String localAddress() {
      return scheme() + "127.0.0.1:" + httpPort;
    }

    /** What to tell the others: the first LAN address, or this machine's own when there is none. */
    public String addressForOthers() {
      return addressesForOthers().getFirst();
    }

    /**
     * Every address others on the LAN may type, private-range ones first; this machine's own when
     * it is on no LAN. An IPv6 address is bracketed, as before a port it must be.
     */
    public List<String> addressesForOthers() {
      List<String> hosts = lanAddresses.isEmpty() ? List.of("127.0.0.1") : lanAddresses;
      return hosts.stream()
          .map(h -> scheme() + (h.contains(":") ? "[" + h + "]" : h) + ":" + httpPort)
          .toList();
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

  /**
   * What a hosted server starts with unless the overrides say otherwise: newcomers register by
   * invite link (the host's own first account gets in regardless, as the owner).
   */
  static final Map<String, String> DEFAULTS = Map.of("REGISTRATION", "invite");

  private final Path dataDir;
  private final Map<String, String> overrides;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  // Read without the lock, so that the FX thread never waits for a start or a stop to finish.
  private volatile EmbeddedServer server;
  private volatile Hosted hosted;

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
            .settings(DEFAULTS)
            .settings(overrides)
            .start();
    hosted =
        new Hosted(
            server.httpPort(),
            server.wsPort(),
            reachableAt(overrides.get("HOST"), server.lanAddresses()),
            server.tlsFingerprint(),
            Instant.now());
    listeners.forEach(Runnable::run);
    return hosted;
  }

  /**
   * The addresses others may type: the machine's LAN addresses when the server listens on all of
   * them (as it does unless the overrides name a {@code HOST}), else the one it listens on, none
   * for loopback (only this machine reaches it then, as the tests' servers are).
   */
  private static List<String> reachableAt(String boundHost, List<String> lanAddresses) {
    if (boundHost == null || boundHost.equals("0.0.0.0") || boundHost.equals("::")) {
      return lanAddresses;
    }
    try {
      return InetAddress.getByName(boundHost).isLoopbackAddress() ? List.of() : List.of(boundHost);
    } catch (UnknownHostException e) {
      return List.of(boundHost);
    }
  }

  /** The running server, or null. */
  public Hosted hosted() {
    return hosted;
  }

  /**
   * Who is connected to the hosted server now: usernames, each once, in alphabetical order; empty
   * when nothing is hosted.
   */
  public List<String> connectedUsernames() {
    EmbeddedServer running = server;
    return running == null ? List.of() : running.connectedUsernames();
  }

  /**
   * Runs {@code changed} each time the server starts or stops, on the thread that started or
   * stopped it.
   */
  public void addListener(Runnable changed) {
    listeners.add(changed);
  }

  public void removeListener(Runnable changed) {
    listeners.remove(changed);
  }

  /** Stops the server cleanly (acks in flight go out, the store closes); safe to call twice. */
  public synchronized void stop() throws InterruptedException {
    if (server != null) {
      server.stop();
      server = null;
      hosted = null;
      listeners.forEach(Runnable::run);
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
