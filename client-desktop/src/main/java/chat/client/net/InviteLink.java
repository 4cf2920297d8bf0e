package chat.client.net;

import chat.protocol.CertificateFingerprint;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An invite to register on a server, as one piece of text to send or scan: {@code
 * chat://HOST:PORT/invite/CODE?fp=sha256:HEX}. It carries the server's address, the invite's code
 * and, for a TLS server, the SHA-256 fingerprint of its certificate (64 hex digits), so that the
 * newcomer's app pins the certificate from the link instead of asking on first use: whoever sent
 * the link vouches for the server as they vouch for the code. Without {@code fp} the address is
 * tried as a typed one without a scheme (TLS first, then plain).
 *
 * @param hostPort the server's HTTP address, {@code host:port} (an IPv6 host in brackets)
 * @param code the invite's code, as the server made it
 * @param fingerprint the certificate's fingerprint in {@link CertificateFingerprint}'s format
 */
public record InviteLink(String hostPort, String code, Optional<String> fingerprint) {

  /** The scheme of invite links: not a web address, so nothing but this app takes it for one. */
  public static final String SCHEME = "chat";

  private static final String PATH = "/invite/";
  private static final String FINGERPRINT = "fp=sha256:";
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final String NOT_A_LINK = "This is not an invite link: it looks like ";

  /** The link to {@code code} on the server at {@code server}, pinned to its certificate if any. */
  public static InviteLink to(ServerAddress server, String code, Optional<String> fingerprint) {
    return new InviteLink(server.hostPort(), code, fingerprint);
  }

  /** Whether {@code text} is meant as an invite link (it starts with {@code chat://}). */
  public static boolean looksLikeOne(String text) {
    return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME + "://");
  }

  /**
   * Reads a link as {@link #text()} writes it.
   *
   * @throws IllegalArgumentException with one sentence for the user when it is not one
   */
  public static InviteLink parse(String text) {
    String link = text == null ? "" : text.strip();
    URI uri = chatUri(link, NOT_A_LINK, "/invite/CODE");
    if (isMessageLink(link)) {
      throw new IllegalArgumentException(
          "This is a link to a message, not an invite: sign in to "
              + uri.getAuthority()
              + ", then open it with Join by link.");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String code = path.startsWith(PATH) ? path.substring(PATH.length()) : "";
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("This invite link has no invite code in it.");
    }
    int port = uri.getPort() == -1 ? ServerAddress.DEFAULT_PORT : uri.getPort();
    return new InviteLink(uri.getHost() + ":" + port, code, fingerprintIn(uri.getRawQuery()));
  }

  /**
   * {@code link} read as a {@code chat://host[:port]/…} address.
   *
   * @param notALink the start of the sentence that refuses it, ended with what was wrong
   * @param shape the path such a link has, to show the user
   * @throws IllegalArgumentException with that sentence when it is not one
   */
  static URI chatUri(String link, String notALink, String shape) {
    URI uri;
    try {
      uri = new URI(link);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(notALink + "it was cut short or changed.", e);
    }
    if (!SCHEME.equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException(notALink + SCHEME + "://host:port" + shape + ".");
    }
    return uri;
  }

  private static boolean isMessageLink(String text) {
    try {
      MessageLink.parse(text);
      return true;
    } catch (IllegalArgumentException notOne) {
      return false;
    }
  }

  private static Optional<String> fingerprintIn(String query) {
    if (query == null || query.isEmpty()) {
      return Optional.empty();
    }
    if (!query.startsWith(FINGERPRINT)) {
      throw new IllegalArgumentException("This invite link names its server's certificate oddly.");
    }
    return Optional.of(
        CertificateFingerprint.normalize(query.substring(FINGERPRINT.length()))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "The certificate fingerprint in this invite link is cut short.")));
  }

  /** The link as text: what is copied, sent and put in a QR code. */
  public String text() {
    String link = SCHEME + "://" + hostPort + PATH + code;
    return fingerprint
        .map(f -> link + "?" + FINGERPRINT + HexFormat.of().formatHex(hexBytes(f)))
        .orElse(link);
  }

  /**
   * The addresses to ask: only over TLS when the link names a certificate, otherwise as a typed
   * address without a scheme.
   */
  public List<ServerAddress> candidates() {
    return fingerprint.isPresent()
        ? List.of(new ServerAddress("https://" + hostPort))
        : ServerAddress.candidates(hostPort);
  }

  private static byte[] hexBytes(String fingerprint) {
    return HexFormat.ofDelimiter(":").parseHex(fingerprint);
  }
}
