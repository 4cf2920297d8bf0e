package chat.client.support;

import chat.protocol.ProtocolJson;
import chat.protocol.http.AuthResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The HTTP requests a {@link Peer} makes, in JSON, with a plain JDK client: any answer but a 2xx
 * fails the test. Apart from the peer, which speaks the protocol, because building and checking a
 * request is the same for every call it makes.
 */
final class PeerHttp {

  /** The client of peers that need no TLS trust of their own. */
  static final HttpClient HTTP = HttpClient.newHttpClient();

  private PeerHttp() {}

  static HttpRequest.Builder post(String url, Object body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(ProtocolJson.encodeBytes(body)));
  }

  static HttpRequest.Builder bearer(LiveServer server, String path, AuthResult auth) {
    return HttpRequest.newBuilder(URI.create(server.httpUrl() + path))
        .header("Authorization", "Bearer " + auth.accessToken());
  }

  static byte[] send(HttpRequest.Builder request) {
    return send(HTTP, request);
  }

  static byte[] send(HttpClient http, HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() / 100 != 2) {
        throw new AssertionError(response.uri() + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static HttpRequest.BodyPublisher json(Object body) {
    return HttpRequest.BodyPublishers.ofByteArray(ProtocolJson.encodeBytes(body));
  }
}
