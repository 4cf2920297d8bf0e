package chat.server.http;

import chat.protocol.ErrorCode;
import chat.protocol.Limits;
import chat.protocol.ProtocolJson;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.net.ClientAddresses;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;

/** One HTTP request as endpoints see it: its body, query, path parameters and caller. */
final class Request {

  private static final String BEARER = "Bearer ";

  private final HttpExchange exchange;
  private final Matcher path;
  private final Function<String, AuthenticatedUser> authenticator;
  private final ClientAddresses clientAddresses;

  Request(
      HttpExchange exchange,
      Matcher path,
      Function<String, AuthenticatedUser> authenticator,
      ClientAddresses clientAddresses) {
    this.exchange = exchange;
    this.path = path;
    this.authenticator = authenticator;
    this.clientAddresses = clientAddresses;
  }

  /** The JSON body as {@code type}; {@code PAYLOAD_TOO_LARGE} over the frame limit. */
  <T> T body(Class<T> type) {
    return ProtocolJson.decode(bodyBytes(), type);
  }

  /** The JSON body as {@code type}, or empty when the request has no body. */
  <T> Optional<T> optionalBody(Class<T> type) {
    byte[] bytes = bodyBytes();
    return bytes.length == 0 ? Optional.empty() : Optional.of(ProtocolJson.decode(bytes, type));
  }

  /**
   * The body as it arrives, for the one route that takes large bodies (uploads), which reads it in
   * pieces; every other route reads its body through {@link #body}, at most {@value
   * Limits#MAX_FRAME_BYTES} bytes.
   */
  InputStream streamedBody() {
    return exchange.getRequestBody();
  }

  /**
   * The {@code Content-Length}, or -1 when the body is chunked.
   *
   * @throws ChatException {@code INVALID_INPUT} when it is not a number of bytes
   */
  long contentLength() {
    String value = header("Content-Length");
    if (value == null) {
      return -1;
    }
    try {
      long length = Long.parseLong(value.strip());
      if (length >= 0) {
        return length;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw ChatException.invalidInput("Content-Length", "Content-Length must be a number of bytes");
  }

  /** The caller, from the bearer token, with the address the request came from. */
  AuthenticatedUser user() {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.startsWith(BEARER)) {
      throw ChatException.unauthorized("missing bearer token");
    }
    return authenticator.apply(header.substring(BEARER.length()).strip()).from(remoteAddress());
  }

  String pathParam(int group) {
    return URLDecoder.decode(path.group(group), StandardCharsets.UTF_8);
  }

  /** A query parameter's decoded value, or null. */
  String query(String name) {
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null) {
      return null;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  /** The Host header without its port, for URLs that should point where the client came. */
  String hostName() {
    String host = header("Host");
    if (host == null || host.isBlank()) {
      return exchange.getLocalAddress().getHostString();
    }
    if (host.startsWith("[")) {
      return host.substring(0, host.indexOf(']') + 1);
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  /** The client's address: the peer's, or the one a trusted proxy forwarded. */
  String remoteAddress() {
    return clientAddresses
        .of(exchange.getRemoteAddress().getAddress(), forwardedFor())
        .getHostAddress();
  }

  private byte[] bodyBytes() {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(Limits.MAX_FRAME_BYTES + 1);
      if (bytes.length > Limits.MAX_FRAME_BYTES) {
        throw new ChatException(
            ErrorCode.PAYLOAD_TOO_LARGE, "body over " + Limits.MAX_FRAME_BYTES + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new ClientGoneException(e);
    }
  }

  /**
   * Every {@code X-Forwarded-For} line, in order, as one list: a proxy may add a line of its own
   * instead of appending to the client's, and the client's first line must not win.
   */
  private String forwardedFor() {
    List<String> lines = exchange.getRequestHeaders().get("X-Forwarded-For");
    return lines == null ? null : String.join(",", lines);
  }
}
