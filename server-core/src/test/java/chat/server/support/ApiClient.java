package chat.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A plain HTTP client for the API, reading answers as JSON trees the way any client would. */
public final class ApiClient implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final HttpClient http;
  private final String baseUrl;
  private final boolean ownsHttp;

  ApiClient(String baseUrl) {
    this(HTTP, baseUrl, false);
  }

  private ApiClient(HttpClient http, String baseUrl, boolean ownsHttp) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.ownsHttp = ownsHttp;
  }

  /** A client of the server at {@code baseUrl} through {@code http} (one that trusts its TLS). */
  public static ApiClient over(HttpClient http, String baseUrl) {
    return new ApiClient(http, baseUrl, false);
  }

  /**
   * The same server, reached from another local address of the loopback network ({@code 127.0.0.2},
   * {@code 127.0.0.3} …): to the server, another client address. It has connections of its own:
   * {@link #close} it after a burst, so the server is not left holding them idle.
   */
  public ApiClient from(String localAddress) {
    try {
      return new ApiClient(
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .localAddress(InetAddress.getByName(localAddress))
              .build(),
          baseUrl,
          true);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The server's URL, such as {@code http://127.0.0.1:5000}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Closes the connections of a client made by {@link #from}; the shared one stays open. */
  @Override
  public void close() {
    if (ownsHttp) {
      http.close();
    }
  }

  /** An HTTP answer: status, headers and body. */
  public record Reply(
      int status, JsonNode body, String text, Map<String, java.util.List<String>> headers) {
    public String errorCode() {
      return body.path("error").path("code").asText(null);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().getFirst())
          .findFirst()
          .orElse(null);
    }
  }

  /** A user logged in through the API. */
  public record Login(String userId, String username, String accessToken, String refreshToken) {}

  public Reply get(String path, String token) {
    return send(builder(path, token).GET());
  }

  /** A request with any method, even one HTTP does not define: a client may send any word. */
  public Reply send(String method, String path) {
    return send(builder(path, null).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  public Reply delete(String path, String token) {
    return send(builder(path, token).DELETE());
  }

  /** {@code DELETE path} with a JSON body, as {@code DELETE /api/users/me} takes one. */
  public Reply delete(String path, String token, Object body) {
    return send(
        builder(path, token).method("DELETE", HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Reply post(String path, String token, String rawBody) {
    return send(builder(path, token).POST(HttpRequest.BodyPublishers.ofString(rawBody)));
  }

  public Reply post(String path, String token, Object body) {
    return post(path, token, json(body));
  }

  public Reply put(String path, String token, Object body) {
    return send(
        builder(path, token).method("PUT", HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Reply patch(String path, String token, Object body) {
    return send(
        builder(path, token).method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))));
  }

  /**
   * {@code POST /api/files?roomId=…} of {@code bytes}, named {@code name} (percent-encoded here),
   * claiming to be {@code text/plain} whatever they are: the server must not believe it.
   */
  public Reply upload(String roomId, String token, String name, byte[] bytes) {
    return send(
        builder("/api/files?roomId=" + roomId, token)
            .setHeader("Content-Type", "text/plain")
            .header("X-File-Name", encodeName(name))
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
  }

  /** An answer whose body is bytes: a download. */
  public record Download(int status, byte[] bytes, HttpHeaders headers) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  /** {@code GET path} with these extra headers (name, value, name, value…), its body as bytes. */
  public Download download(String path, String token, String... headerPairs) {
    HttpRequest.Builder request = builder(path, token).GET();
    for (int i = 0; i < headerPairs.length; i += 2) {
      request.header(headerPairs[i], headerPairs[i + 1]);
    }
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A file name as {@code X-File-Name} carries it: percent-encoded UTF-8. */
  public static String encodeName(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public Reply register(String username, String password) {
    return post("/api/auth/register", null, Map.of("username", username, "password", password));
  }

  public Reply login(String username, String password) {
    return post("/api/auth/login", null, Map.of("username", username, "password", password));
  }

  /** Registers a user with a fixed good password and returns its tokens. */
  public Login registered(String username) {
    Reply reply = register(username, "correct horse battery");
    if (reply.status() != 201) {
      throw new IllegalStateException("register failed: " + reply.text());
    }
    return login(reply);
  }

  public static Login login(Reply authResult) {
    JsonNode body = authResult.body();
    return new Login(
        body.path("user").path("userId").asText(),
        body.path("user").path("username").asText(),
        body.path("accessToken").asText(),
        body.path("refreshToken").asText());
  }

  static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder builder(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("User-Agent", "chat-tests");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      JsonNode body = text.isEmpty() ? JSON.missingNode() : parseOrText(text);
      return new Reply(response.statusCode(), body, text, response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parseOrText(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException notJson) {
      return JSON.getNodeFactory().textNode(text);
    }
  }
}
