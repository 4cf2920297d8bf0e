package chat.server.bench;

import chat.protocol.ProtocolJson;
import chat.server.support.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Uploads and downloads over HTTP/1.1, streamed from and to files on disk, never held in memory:
 * what the files scenario times. Uploads and downloads go over a plain socket ({@link SocketHttp}),
 * everything else through the JDK's client.
 */
final class FileClient implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String baseUrl;
  private final String token;

  FileClient(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /**
   * {@code POST /api/files?roomId=…} of the file's bytes, sent with {@code sendfile} ({@link
   * SocketHttp}); the attachment answered with 201.
   */
  JsonNode upload(String roomId, Path file, String name) throws IOException {
    SocketHttp.Answer answer =
        SocketHttp.post(
            URI.create(baseUrl + "/api/files?roomId=" + roomId),
            Map.of(
                "Authorization",
                "Bearer " + token,
                "User-Agent",
                "chat-bench",
                "X-File-Name",
                ApiClient.encodeName(name),
                "Content-Type",
                "application/octet-stream"),
            file);
    if (answer.status() != 201) {
      throw new IOException("upload answered " + answer.status() + ": " + answer.body());
    }
    return ProtocolJson.mapper().readTree(answer.body());
  }

  /**
   * {@code GET path} streamed into {@code target} ({@link SocketHttp}); fails unless answered 200.
   */
  void download(String path, Path target) throws IOException {
    SocketHttp.get(
        URI.create(baseUrl + path),
        Map.of("Authorization", "Bearer " + token, "User-Agent", "chat-bench"),
        target);
  }

  /** {@code GET path}, its body dropped; the status. */
  int status(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + token)
        .header("User-Agent", "chat-bench");
  }

  @Override
  public void close() {
    http.close();
  }
}
