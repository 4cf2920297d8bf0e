package chat.client.net;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * A server's HTTP base address as people type it: {@code 10.0.0.5}, {@code chat.local:5000} or
 * {@code http://10.0.0.5:5000/}. Normalized to {@code scheme://host:port} so that one server is
 * remembered once.
 */
public record ServerAddress(String url) {

  /** The HTTP port a server listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 5000;

  /**
   * The addresses to ask, best first, for what a person typed; the port speaks TLS or plain HTTP,
   * and the address may not say which. One without a scheme ({@code 10.0.0.5:5000}) and one typed
   * with {@code https://} are asked over TLS first, then plain; one typed with {@code http://} in
   * plain first, then over TLS, so a server that turned TLS on is still reached (through the
   * certificate question). An address typed with {@code https://} asks in plain only to say that
   * the server has no TLS ({@link #requiresTls}).
   *
   * @throws IllegalArgumentException with a message for the user when it is not an address
   */
  public static List<ServerAddress> candidates(String typed) {
    ServerAddress given = parse(typed);
    ServerAddress secure = new ServerAddress("https://" + given.hostPort());
    ServerAddress plain = new ServerAddress("http://" + given.hostPort());
    return schemeOf(typed).equals("http") ? List.of(plain, secure) : List.of(secure, plain);
  }

  /**
   * Whether {@code typed} asks for TLS ({@code https://}): then a server reached only in plain is
   * refused, never used without the encryption the person asked for.
   */
  public static boolean requiresTls(String typed) {
    return schemeOf(typed).equals("https");
  }

  /** The scheme typed, lower case, or "" when none. */
  private static String schemeOf(String typed) {
    String text = typed == null ? "" : typed.strip();
    int end = text.indexOf("://");
    return end < 0 ? "" : text.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /**
   * Reads one address: one without a scheme is taken as plain {@code http} (what people type goes
   * through {@link #candidates} instead).
   *
   * @throws IllegalArgumentException with a message for the user when it is not an address
   */
  public static ServerAddress parse(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("Type the server's address, such as 10.0.0.5:5000");
    }
    if (!text.contains("://")) {
      text = "http://" + text;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException("The address must start with http:// or https://");
      }
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("'" + typed.strip() + "' is not a server address");
      }
      int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
      return new ServerAddress(scheme + "://" + hostForUrl(uri.getHost()) + ":" + port);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + typed.strip() + "' is not a server address", e);
    }
  }

  /**
   * The address as a person would type it: without the scheme for plain HTTP, with {@code https://}
   * for TLS (so that typing it back goes straight to TLS).
   */
  public String display() {
    return secure() ? url : hostPort();
  }

  /** {@code host:port}: the key the server's pinned certificate is kept under. */
  public String hostPort() {
    return url.substring(url.indexOf("://") + 3);
  }

  /** Whether the server is reached over TLS ({@code https} and {@code wss}). */
  public boolean secure() {
    return url.startsWith("https://");
  }

  private static String hostForUrl(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
