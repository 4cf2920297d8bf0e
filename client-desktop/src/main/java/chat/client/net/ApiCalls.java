package chat.client.net;

import chat.protocol.ErrorBody;
import chat.protocol.ErrorCode;
import chat.protocol.ErrorResponse;
import chat.protocol.ProtocolException;
import chat.protocol.ProtocolJson;
import java.io.IOException;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * How one request to a server's HTTP API is built, sent and answered: JSON bodies, the bearer
 * token, and every failure turned into the client's exceptions. Kept apart from {@link RestApi} so
 * that its endpoints read as a list of paths and bodies.
 */
final class ApiCalls {

  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final HttpUrl base;
  private final String hostPort;

  ApiCalls(OkHttpClient http, ServerAddress address) {
    this.http = http;
    this.base = HttpUrl.get(address.url());
    this.hostPort = address.hostPort();
  }

  /** The server's address, which every path of the API is resolved against. */
  HttpUrl base() {
    return base;
  }

  /** A URL on this server with {@code path}, to add segments and query parameters to. */
  HttpUrl.Builder path(String path) {
    return base.newBuilder().encodedPath(path);
  }

  HttpUrl resolve(String path) {
    return base.resolve(path);
  }

  Call newCall(Request request) {
    return http.newCall(request);
  }

  Request.Builder get(String path) {
    return new Request.Builder().url(base.resolve(path));
  }

  Request.Builder post(String path, Object body) {
    return new Request.Builder().url(base.resolve(path)).post(json(body));
  }

  Request.Builder put(String path, Object body) {
    return new Request.Builder().url(base.resolve(path)).put(json(body));
  }

  static RequestBody json(Object body) {
    return RequestBody.create(ProtocolJson.encodeBytes(body), JSON);
  }

  static Request.Builder bearer(Request.Builder request, String accessToken) {
    return request.header("Authorization", "Bearer " + accessToken);
  }

  /** Sends {@code request}; the answer decoded as {@code type}, or null for a null type. */
  <T> T call(Request.Builder request, Class<T> type) {
    return call(request, type, started -> {});
  }

  /** {@code started} gets the call before it goes, to be able to cancel it. */
  <T> T call(Request.Builder request, Class<T> type, Consumer<Call> started) {
    Call call = http.newCall(request.build());
    started.accept(call);
    try (Response response = call.execute()) {
      byte[] body = response.body().bytes();
      if (!response.isSuccessful()) {
        throw new ApiException(errorOf(response.code(), body));
      }
      return type == null ? null : ProtocolJson.decode(body, type);
    } catch (IOException e) {
      throw unanswered(e);
    } catch (ProtocolException e) {
      throw new OfflineException("the server at " + base + " does not speak this protocol", e);
    }
  }

  /** A refused certificate as itself; any other failure as no answer. */
  RuntimeException unanswered(IOException e) {
    return UntrustedCertificateException.in(e)
        .<RuntimeException>map(refused -> refused)
        .orElseGet(() -> new OfflineException("cannot reach " + hostPort, e));
  }

  /** The error body, or a stand-in when a proxy or another program answered instead. */
  static ErrorBody errorOf(int status, byte[] body) {
    ErrorResponse response = errorResponse(body);
    if (response != null) {
      return response.error();
    }
    ErrorCode code = status == 404 ? ErrorCode.NOT_FOUND : ErrorCode.INTERNAL;
    return new ErrorBody(code, "the server answered HTTP " + status, null, null);
  }

  /** The protocol's error shape, or null when the body is something else. */
  static ErrorResponse errorResponse(byte[] body) {
    try {
      ErrorResponse response = ProtocolJson.decode(body, ErrorResponse.class);
      return response != null && response.error() != null ? response : null;
    } catch (ProtocolException notOurs) {
      return null;
    }
  }
}
