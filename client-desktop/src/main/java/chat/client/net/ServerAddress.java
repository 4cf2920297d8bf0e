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
   * The addresses to ask, best first, for what a person typed: an address with a scheme is used as
   * given; one without ({@code 10.0.0.5:5000}) is asked over TLS first, then plain, since a server
   * may run either way and nothing in the address says which.
   *
   * @throws IllegalArgumentException with a message for the user when it is not an address
   */
  public static List<ServerAddress> candidates(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.contains("://")) {
      return List.of(parse(text));
    }
    ServerAddress plain = parse(text);
    return List.of(new ServerAddress("https://" + plain.hostPort()), plain);
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
