package chat.server.http;

import chat.protocol.ErrorBody;
import chat.protocol.ErrorCode;
import chat.protocol.ErrorResponse;
import chat.protocol.ProtocolJson;
import chat.server.auth.AuthenticatedUser;
import chat.server.edge.ErrorMapper;
import chat.server.edge.RefusalLog;
import chat.server.edge.WireError;
import chat.server.error.ChatException;
import chat.server.metrics.ServerMetrics;
import chat.server.net.ClientAddresses;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes every HTTP request to its endpoint, and is the one place where the HTTP API's refusals and
 * failures become the protocol's error body, through {@link ErrorMapper}.
 */
final class Router implements HttpHandler {

  private static final Logger log = LoggerFactory.getLogger(Router.class);

  /** Answers one request. */
  @FunctionalInterface
  interface Endpoint {
    Response handle(Request request);
  }

  private record Route(String method, Pattern path, String name, Endpoint endpoint) {}

  private static final Set<String> STANDARD_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  private final List<Route> routes = new ArrayList<>();
  private final Function<String, AuthenticatedUser> authenticator;
  private final ServerMetrics metrics;
  private final ClientAddresses clientAddresses;
  private final ErrorMapper errors;

  Router(
      Function<String, AuthenticatedUser> authenticator,
      ServerMetrics metrics,
      ClientAddresses clientAddresses) {
    this.authenticator = authenticator;
    this.metrics = metrics;
    this.clientAddresses = clientAddresses;
    this.errors = new ErrorMapper(new RefusalLog(metrics, Clock.systemUTC()));
  }

  /**
   * @param path a regular expression for the whole path; its groups are the path parameters
   */
  Router route(String method, String path, Endpoint endpoint) {
    routes.add(new Route(method, Pattern.compile(path), path, endpoint));
    return this;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    String method = methodName(exchange.getRequestMethod());
    String routeName = "unmatched";
    Response response;
    try {
      String path = exchange.getRequestURI().getPath();
      List<Route> onPath = routes.stream().filter(r -> r.path.matcher(path).matches()).toList();
      Route route =
          onPath.stream()
              .filter(r -> r.method.equals(exchange.getRequestMethod()))
              .findFirst()
              .orElse(null);
      if (route != null) {
        routeName = route.name;
        Matcher matcher = route.path.matcher(path);
        matcher.matches();
        response =
            route.endpoint.handle(new Request(exchange, matcher, authenticator, clientAddresses));
      } else if (onPath.isEmpty()) {
        throw ChatException.notFound("no such endpoint " + path);
      } else {
        response = methodNotAllowed(exchange.getRequestMethod(), onPath);
      }
    } catch (ClientGoneException e) {
      log.debug("client gone during {} {}: {}", method, routeName, e.getMessage());
      exchange.close();
      return;
    } catch (RuntimeException e) {
      WireError error = errors.toWire(e, method + " " + routeName);
      response =
          new Response(
              error.httpStatus(),
              new ErrorResponse(error.body()),
              Response.JSON,
              error.httpHeaders());
    }
    try {
      write(exchange, response);
    } finally {
      exchange.close();
      metrics.httpRequest(
          method, routeName, response.status(), Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private static Response methodNotAllowed(String method, List<Route> onPath) {
    String allowed =
        onPath.stream().map(Route::method).distinct().collect(Collectors.joining(", "));
    ErrorBody body =
        new ErrorBody(
            ErrorCode.INVALID_INPUT, method + " is not allowed here; use " + allowed, null, null);
    return new Response(405, new ErrorResponse(body), Response.JSON, Map.of("Allow", allowed));
  }

  private static void write(HttpExchange exchange, Response response) throws IOException {
    if (response.body() instanceof Response.Streamed streamed) {
      stream(exchange, response, streamed);
      return;
    }
    if (response.body() instanceof Response.Written written) {
      writeChunked(exchange, response, written);
      return;
    }
    byte[] bytes =
        switch (response.body()) {
          case null -> new byte[0];
          case String text -> text.getBytes(StandardCharsets.UTF_8);
          case Object value -> ProtocolJson.encodeBytes(value);
        };
    setHeaders(exchange, response);
    exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static void setHeaders(HttpExchange exchange, Response response) {
    if (response.contentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
    }
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
  }

  /** Sends the headers, then copies the stream; a client gone meanwhile is no failure of ours. */
  private static void stream(HttpExchange exchange, Response response, Response.Streamed body)
      throws IOException {
    try (InputStream in = body.in()) {
      setHeaders(exchange, response);
      exchange.sendResponseHeaders(response.status(), body.length() == 0 ? -1 : body.length());
      if (body.length() > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          in.transferTo(out);
        } catch (IOException e) {
          log.debug("download cut off (client gone or store failed): {}", e.toString());
        }
      }
    }
  }

  /**
   * Sends the headers, then lets the body write itself; past the headers a failure can only cut the
   * body short, which the client sees as a broken chunked stream. {@code done} runs before the last
   * chunk goes: a client that has read the whole body may send its next request at once, and must
   * find what {@code done} releases already released.
   */
  private static void writeChunked(HttpExchange exchange, Response response, Response.Written body)
      throws IOException {
    Runnable done = new OnlyOnce(body.done());
    try {
      setHeaders(exchange, response);
      exchange.sendResponseHeaders(response.status(), 0);
      try (OutputStream out = exchange.getResponseBody()) {
        try {
          body.writer().writeTo(out);
        } finally {
          done.run();
        }
      } catch (IOException e) {
        log.debug("written body cut off (client gone or store failed): {}", e.toString());
      } catch (RuntimeException e) {
        log.warn("written body failed after its headers were sent", e);
      }
    } finally {
      done.run();
    }
  }

  /** Runs its task the first time it is run, and never again. */
  private static final class OnlyOnce implements Runnable {

    private final Runnable task;
    private boolean ran;

    OnlyOnce(Runnable task) {
      this.task = task;
    }

    @Override
    public void run() {
      if (!ran) {
        ran = true;
        task.run();
      }
    }
  }

  /**
   * The method as logs and metrics name it: a client may send any word as its method, and each new
   * word would be a new metrics series and a new log line.
   */
  private static String methodName(String method) {
    return STANDARD_METHODS.contains(method) ? method : "OTHER";
  }
}
