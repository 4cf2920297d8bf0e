package chat.client.net;

import chat.protocol.ErrorBody;
import chat.protocol.ErrorCode;
import chat.protocol.ErrorResponse;
import chat.protocol.ProtocolException;
import chat.protocol.ProtocolJson;
import chat.protocol.http.AuthResult;
import chat.protocol.http.Credentials;
import chat.protocol.http.LogoutRequest;
import chat.protocol.http.RefreshRequest;
import chat.protocol.http.ServerInfo;
import chat.protocol.http.UserList;
import chat.protocol.model.User;
import java.io.IOException;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The server's HTTP API, one blocking method per call. Callers run it off the FX thread. Failures
 * are {@link ApiException} (the server said no), {@link OfflineException} (no answer) or {@link
 * UntrustedCertificateException} (a TLS certificate this app does not trust for the server).
 */
final class RestApi {

  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final HttpUrl base;

  RestApi(OkHttpClient http, ServerAddress address) {
    this.http = http;
    this.base = HttpUrl.get(address.url());
  }

  ServerInfo info() {
    return call(get("/api/info"), ServerInfo.class);
  }

  AuthResult register(Credentials credentials) {
    return call(post("/api/auth/register", credentials), AuthResult.class);
  }

  AuthResult login(Credentials credentials) {
    return call(post("/api/auth/login", credentials), AuthResult.class);
  }

  AuthResult refresh(String refreshToken) {
    return call(post("/api/auth/refresh", new RefreshRequest(refreshToken)), AuthResult.class);
  }

  void logout(String accessToken, String refreshToken) {
    call(bearer(post("/api/auth/logout", new LogoutRequest(refreshToken)), accessToken), null);
  }

  List<User> searchUsers(String accessToken, String query) {
    HttpUrl url =
        base.newBuilder().encodedPath("/api/users").addQueryParameter("query", query).build();
    return call(bearer(new Request.Builder().url(url), accessToken), UserList.class).users();
  }

  private Request.Builder get(String path) {
    return new Request.Builder().url(base.resolve(path));
  }

  private Request.Builder post(String path, Object body) {
    return new Request.Builder()
        .url(base.resolve(path))
        .post(RequestBody.create(ProtocolJson.encodeBytes(body), JSON));
  }

  private static Request.Builder bearer(Request.Builder request, String accessToken) {
    return request.header("Authorization", "Bearer " + accessToken);
  }

  private <T> T call(Request.Builder request, Class<T> type) {
    try (Response response = http.newCall(request.build()).execute()) {
      byte[] body = response.body().bytes();
      if (!response.isSuccessful()) {
        throw new ApiException(errorOf(response.code(), body));
      }
      return type == null ? null : ProtocolJson.decode(body, type);
    } catch (IOException e) {
      throw UntrustedCertificateException.in(e)
          .<RuntimeException>map(refused -> refused)
          .orElseGet(
              () -> new OfflineException("cannot reach " + base.host() + ":" + base.port(), e));
    } catch (ProtocolException e) {
      throw new OfflineException("the server at " + base + " does not speak this protocol", e);
    }
  }

  /** The error body, or a stand-in when a proxy or another program answered instead. */
  private static ErrorBody errorOf(int status, byte[] body) {
    ErrorResponse response;
    try {
      response = ProtocolJson.decode(body, ErrorResponse.class);
    } catch (ProtocolException notOurs) {
      response = null;
    }
    if (response != null && response.error() != null) {
      return response.error();
    }
    ErrorCode code = status == 404 ? ErrorCode.NOT_FOUND : ErrorCode.INTERNAL;
    return new ErrorBody(code, "the server answered HTTP " + status, null, null);
  }
}
