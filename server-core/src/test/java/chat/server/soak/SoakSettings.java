package chat.server.soak;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * The soak's server settings and client addresses, in one place: short timeouts and small bounds so
 * the hostile clients reach every limit within seconds, and room enough for the good clients, who
 * all come from {@code 127.0.0.1} (the system's choice for loopback) while each hostile client has
 * a loopback address of its own, so a per-address limit hits the attacker, not the good clients.
 *
 * <p>A setting the server does not know is ignored, so these may name limits before the server has
 * them.
 */
public final class SoakSettings {

  public static final InetAddress SLOWLORIS_HTTP = address("127.0.0.11");
  public static final InetAddress SLOWLORIS_SOCKET = address("127.0.0.12");
  public static final InetAddress SLOW_READER = address("127.0.0.13");
  public static final InetAddress LOGIN_BURST = address("127.0.0.14");
  public static final InetAddress FUZZER = address("127.0.0.15");

  /**
   * The child JVM's options. The heap is fixed (its minimum the maximum) and so is the young
   * generation: otherwise the collector's adaptive sizing walks over fresh pages for minutes and
   * the resident size climbs without anything being retained. With both fixed, the resident size
   * settles once the young generation has been used through, and what grows after that is retained
   * heap, or memory outside the heap (threads, direct buffers, SQLite's cache).
   */
  public static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx256m", "-Xmn64m");

  private SoakSettings() {}

  /** The server's settings, as environment variables, on top of the tests' own. */
  public static Map<String, String> environment() {
    return Map.ofEntries(
        // bcrypt at a real cost, so a login burst costs the server what it would in production
        Map.entry("BCRYPT_COST", "10"),
        // the setup registers the good clients from one address
        Map.entry("REGISTRATIONS_PER_ADDRESS_PER_HOUR", "100"),
        Map.entry("LOGINS_PER_ADDRESS_PER_MINUTE", "30"),
        Map.entry("MAX_SOCKETS_PER_ADDRESS", "30"),
        Map.entry("SOCKET_HANDSHAKE_TIMEOUT_MS", "2000"),
        Map.entry("SOCKET_AUTH_TIMEOUT_MS", "2000"),
        Map.entry("SOCKET_PING_INTERVAL_SECONDS", "5"),
        Map.entry("SOCKET_MAX_BACKLOG_BYTES", Integer.toString(256 * 1024)),
        Map.entry("HTTP_REQUEST_TIMEOUT_SECONDS", "2"),
        Map.entry("HTTP_RESPONSE_TIMEOUT_SECONDS", "5"));
  }

  private static InetAddress address(String literal) {
    return InetAddress.ofLiteral(literal);
  }
}
