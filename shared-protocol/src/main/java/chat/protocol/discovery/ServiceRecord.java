package chat.protocol.discovery;

import chat.protocol.CertificateFingerprint;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a server announces about itself on the LAN by mDNS/DNS-SD: the TXT record of its {@value
 * #SERVICE_TYPE} service. The keys and their formats are a wire contract (docs/PROTOCOL.md, "LAN
 * discovery"); this class is the only place that writes or reads them.
 *
 * <p>Reading is strict: a record with a missing, malformed or out-of-range value is refused with an
 * {@link IllegalArgumentException} that names the key, so a browser can skip it and say why. Keys
 * it does not know are ignored, so a later version may add some.
 *
 * @param name the server's name as people see it, at most {@value #MAX_NAME_BYTES} UTF-8 bytes (one
 *     DNS label, so that it can also be the service's instance name)
 * @param version the server's build version
 * @param protocol the wire protocol version it speaks
 * @param httpPort the HTTP API's port
 * @param wsPort the socket's port
 * @param tlsFingerprint the SHA-256 fingerprint of the server's certificate as 64 lower-case hex
 *     digits; empty when the server does not use TLS
 */
public record ServiceRecord(
    String name,
    String version,
    int protocol,
    int httpPort,
    int wsPort,
    Optional<String> tlsFingerprint) {

  /** The DNS-SD service type every server registers. */
  public static final String SERVICE_TYPE = "_chat._tcp.local.";

  /** The version of the TXT format itself (DNS-SD's {@code txtvers} convention). */
  public static final String TXT_VERSION = "1";

  /** The longest name, in UTF-8 bytes: one DNS label. */
  public static final int MAX_NAME_BYTES = 63;

  static final int MAX_VERSION_CHARS = 64;

  static final String KEY_TXT_VERSION = "txtvers";
  static final String KEY_NAME = "name";
  static final String KEY_VERSION = "version";
  static final String KEY_PROTOCOL = "protocol";
  static final String KEY_HTTP = "http";
  static final String KEY_WS = "ws";
  static final String KEY_TLS = "tls";

  public ServiceRecord {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(KEY_NAME + " must not be blank");
    }
    if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      throw new IllegalArgumentException(
          KEY_NAME + " must be at most " + MAX_NAME_BYTES + " UTF-8 bytes");
    }
    if (version == null || version.isBlank() || version.length() > MAX_VERSION_CHARS) {
      throw new IllegalArgumentException(
          KEY_VERSION + " must be 1 to " + MAX_VERSION_CHARS + " characters");
    }
    if (protocol < 1) {
      throw new IllegalArgumentException(KEY_PROTOCOL + " must be 1 or more");
    }
    checkPort(httpPort, KEY_HTTP);
    checkPort(wsPort, KEY_WS);
    tlsFingerprint = tlsFingerprint.map(ServiceRecord::fingerprint);
  }

  /** The TXT record's entries, in a stable order. */
  public Map<String, String> toTxt() {
    Map<String, String> txt = new LinkedHashMap<>();
    txt.put(KEY_TXT_VERSION, TXT_VERSION);
    txt.put(KEY_NAME, name);
    txt.put(KEY_VERSION, version);
    txt.put(KEY_PROTOCOL, Integer.toString(protocol));
    txt.put(KEY_HTTP, Integer.toString(httpPort));
    txt.put(KEY_WS, Integer.toString(wsPort));
    tlsFingerprint.ifPresent(f -> txt.put(KEY_TLS, f));
    return txt;
  }

  /**
   * Reads a TXT record.
   *
   * @throws IllegalArgumentException naming the key when the record is not one of ours
   */
  public static ServiceRecord fromTxt(Map<String, String> txt) {
    String txtVersion = required(txt, KEY_TXT_VERSION);
    if (!TXT_VERSION.equals(txtVersion)) {
      throw new IllegalArgumentException(
          KEY_TXT_VERSION + " " + txtVersion + " is not supported (only " + TXT_VERSION + ")");
    }
    return new ServiceRecord(
        required(txt, KEY_NAME),
        required(txt, KEY_VERSION),
        number(txt, KEY_PROTOCOL),
        number(txt, KEY_HTTP),
        number(txt, KEY_WS),
        Optional.ofNullable(txt.get(KEY_TLS)));
  }

  /** The longest start of {@code name} that is a valid {@link #name} (whole code points). */
  public static String clipName(String name) {
    StringBuilder clipped = new StringBuilder();
    int bytes = 0;
    for (int cp : name.strip().codePoints().toArray()) {
      String one = Character.toString(cp);
      bytes += one.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_NAME_BYTES) {
        break;
      }
      clipped.append(one);
    }
    return clipped.toString().strip();
  }

  private static String required(Map<String, String> txt, String key) {
    String value = txt.get(key);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(key + " is missing");
    }
    return value;
  }

  private static int number(Map<String, String> txt, String key) {
    String value = required(txt, key);
    if (!value.matches("[0-9]{1,5}")) {
      throw new IllegalArgumentException(key + " must be a number, not '" + value + "'");
    }
    return Integer.parseInt(value);
  }

  private static void checkPort(int port, String key) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(key + " must be a port from 1 to 65535, not " + port);
    }
  }

  /** Lower-case hex without separators; upper case and colons (as tools print it) are accepted. */
  private static String fingerprint(String text) {
    return CertificateFingerprint.normalize(text)
        .map(f -> f.replace(":", "").toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    KEY_TLS + " must be a SHA-256 fingerprint: 64 hex digits, not '" + text + "'"));
  }
}
