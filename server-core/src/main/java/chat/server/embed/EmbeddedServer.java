package chat.server.embed;

import chat.server.ChatServer;
import chat.server.ConfigException;
import chat.server.ServerConfig;
import chat.server.discovery.LanAddresses;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A server running inside another program, such as the desktop app's "Host a server on this
 * computer". This package is the whole of what such a program may use of the server: everything
 * else is free to change without breaking it. Unless its settings name another store, it uses the
 * embedded store in its data directory, where it also keeps its generated secrets and certificate,
 * so a restart with the same directory brings back the same accounts, rooms and certificate.
 */
public final class EmbeddedServer implements AutoCloseable {

  private final ChatServer server;

  private EmbeddedServer(ChatServer server) {
    this.server = server;
  }

  /** Options for a server keeping its data in {@code dataDir}; {@link Builder#start} starts it. */
  public static Builder builder(Path dataDir) {
    return new Builder(dataDir);
  }

  /**
   * How to start an embedded server. Unset options take the headless server's defaults: every
   * interface, ports 5000 and 5001, TLS off, LAN discovery on.
   */
  public static final class Builder {

    private final Map<String, String> settings = new HashMap<>();

    private Builder(Path dataDir) {
      settings.put("DATA_DIR", dataDir.toString());
    }

    /** The address to listen on: {@code 0.0.0.0} for the whole LAN, {@code 127.0.0.1} for none. */
    public Builder host(String host) {
      return set("HOST", host);
    }

    /** The HTTP and socket ports; 0 and 0 let the system pick two free ones. */
    public Builder ports(int httpPort, int wsPort) {
      set("PORT", Integer.toString(httpPort));
      return set("WS_PORT", Integer.toString(wsPort));
    }

    /** What the server calls itself in {@code /api/info} and its LAN announcement. */
    public Builder name(String serverName) {
      return set("SERVER_NAME", serverName);
    }

    /** TLS on both ports, with a self-signed certificate generated once into the data directory. */
    public Builder tls(boolean on) {
      return set("TLS", on ? "on" : "off");
    }

    /**
     * Any other settings of the server's configuration table, by their environment names (such as
     * {@code BCRYPT_COST}). They are applied last, so they also replace the options above: a caller
     * can hand its own overrides through unchanged.
     */
    public Builder settings(Map<String, String> more) {
      settings.putAll(more);
      return this;
    }

    /**
     * Opens the store and starts both listeners; returns once they accept connections. Blocks: call
     * it off a UI thread.
     *
     * @throws IOException when a port is taken (the message says which) or the store cannot open
     * @throws ConfigException when a setting is not usable, one line per bad setting
     */
    public EmbeddedServer start() throws IOException, InterruptedException {
      return new EmbeddedServer(ChatServer.start(ServerConfig.fromEnvironment(settings)));
    }

    private Builder set(String name, String value) {
      settings.put(name, Objects.requireNonNull(value, name));
      return this;
    }
  }

  public int httpPort() {
    return server.httpPort();
  }

  public int wsPort() {
    return server.wsPort();
  }

  /**
   * The addresses by which others on the LAN can reach this computer, as people type them,
   * private-range ones first; empty when it is on no LAN.
   */
  public List<String> lanAddresses() {
    return LanAddresses.find().stream().map(InetAddress::getHostAddress).toList();
  }

  /**
   * The SHA-256 fingerprint of the certificate both ports present, for others to compare with what
   * their app shows on first use; empty without TLS.
   */
  public Optional<String> tlsFingerprint() {
    return server.tlsFingerprint();
  }

  /**
   * Who is connected now: the usernames of the users with a socket open, in alphabetical order,
   * each once however many devices they use. For a host to see whom stopping would cut off.
   */
  public List<String> connectedUsernames() {
    return server.connectedUsernames();
  }

  /** What {@code /readyz} says: running, its store takes writes, its socket port accepts. */
  public boolean isReady() {
    return server.isReady();
  }

  /**
   * Stops cleanly: requests in flight finish and their acks go out, then the store closes. Safe to
   * call twice.
   */
  public void stop() throws InterruptedException {
    server.stop();
  }

  /** {@link #stop}, keeping the thread's interrupt if it is interrupted meanwhile. */
  @Override
  public void close() {
    server.close();
  }
}
