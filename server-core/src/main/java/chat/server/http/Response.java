package chat.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * What an endpoint answers: a status, a body (JSON-encoded unless it is text or {@link Streamed}),
 * and extra headers.
 */
record Response(int status, Object body, String contentType, Map<String, String> headers) {

  /** A body copied to the client as it is read, never whole in memory; the router closes it. */
  record Streamed(InputStream in, long length) {}

  /**
   * A body of unknown length, written by {@code writer} onto the response as it is made (sent
   * chunked); the router runs {@code done} afterwards, whether the writing ran, failed or never
   * started.
   */
  record Written(BodyWriter writer, Runnable done) {}

  /** Writes a {@link Written} body. */
  @FunctionalInterface
  interface BodyWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  static final String JSON = "application/json; charset=utf-8";

  static Response json(int status, Object body) {
    return new Response(status, body, JSON, Map.of());
  }

  static Response ok(Object body) {
    return json(200, body);
  }

  static Response noContent() {
    return new Response(204, null, null, Map.of());
  }

  static Response text(String contentType, String body) {
    return new Response(200, body, contentType, Map.of());
  }
}
