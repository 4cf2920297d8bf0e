package chat.client.net;

import chat.protocol.ErrorResponse;
import chat.protocol.ProtocolException;
import chat.protocol.ProtocolJson;
import chat.protocol.http.AccountInfo;
import chat.protocol.http.AccountList;
import chat.protocol.http.AuditPage;
import chat.protocol.http.AuthResult;
import chat.protocol.http.Credentials;
import chat.protocol.http.Invite;
import chat.protocol.http.InviteList;
import chat.protocol.http.InviteRequest;
import chat.protocol.http.LogoutRequest;
import chat.protocol.http.PasswordChange;
import chat.protocol.http.PasswordConfirmation;
import chat.protocol.http.PasswordRenewal;
import chat.protocol.http.ProfileUpdate;
import chat.protocol.http.RefreshRequest;
import chat.protocol.http.Registration;
import chat.protocol.http.RegistrationSettings;
import chat.protocol.http.SecondFactorLogin;
import chat.protocol.http.ServerInfo;
import chat.protocol.http.SessionInfo;
import chat.protocol.http.SessionList;
import chat.protocol.http.TwoFactorConfirm;
import chat.protocol.http.TwoFactorDisable;
import chat.protocol.http.TwoFactorEnabled;
import chat.protocol.http.TwoFactorPolicy;
import chat.protocol.http.TwoFactorSetup;
import chat.protocol.http.TwoFactorSetupRequest;
import chat.protocol.http.TwoFactorStatus;
import chat.protocol.http.UserList;
import chat.protocol.model.Attachment;
import chat.protocol.model.RegistrationMode;
import chat.protocol.model.Room;
import chat.protocol.model.User;
import chat.protocol.result.RoomResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The server's HTTP API, one blocking method per call. Callers run it off the FX thread. Failures
 * are {@link ApiException} (the server said no), {@link OfflineException} (no answer) or {@link
 * UntrustedCertificateException} (a TLS certificate this app does not trust for the server).
 */
final class RestApi {

  private static final String REGISTRATION = "/api/admin/registration";
  private static final String INVITES = "/api/admin/invites";

  private final ApiCalls calls;
  private final String hostPort;

  RestApi(OkHttpClient http, ServerAddress address) {
    this.calls = new ApiCalls(http, address);
    this.hostPort = address.hostPort();
  }

  /**
   * Asks the server who it is, telling apart what finding a server needs to know: a certificate not
   * trusted ({@link UntrustedCertificateException}), nothing listening or an answer that is not a
   * chat server's ({@link NoServerException}), the server's own error ({@link ApiException}), and a
   * connection that brought no answer, as when a server is greeted in the wrong scheme ({@link
   * OfflineException}).
   */
  ServerInfo info() {
    try (Response response = calls.newCall(calls.get("/api/info").build()).execute()) {
      byte[] body = response.body().bytes();
      if (!response.isSuccessful()) {
        ErrorResponse error = ApiCalls.errorResponse(body);
        if (error == null) {
          throw NoServerException.notAChatServer(hostPort, null);
        }
        throw new ApiException(error.error());
      }
      ServerInfo info = ProtocolJson.decode(body, ServerInfo.class);
      if (info.wsUrl() == null) {
        throw NoServerException.notAChatServer(hostPort, null);
      }
      return info;
    } catch (ConnectException | NoRouteToHostException | UnknownHostException e) {
      throw NoServerException.nothingAnswers(hostPort, e);
    } catch (IOException e) {
      throw calls.unanswered(e);
    } catch (ProtocolException e) {
      throw NoServerException.notAChatServer(hostPort, e);
    }
  }

  AuthResult register(Registration registration) {
    return calls.call(calls.post("/api/auth/register", registration), AuthResult.class);
  }

  AuthResult login(Credentials credentials) {
    return calls.call(calls.post("/api/auth/login", credentials), AuthResult.class);
  }

  AuthResult secondFactor(SecondFactorLogin step) {
    return calls.call(calls.post("/api/auth/login/second-factor", step), AuthResult.class);
  }

  AuthResult renewPassword(PasswordRenewal renewal) {
    return calls.call(calls.post("/api/auth/password/renew", renewal), AuthResult.class);
  }

  TwoFactorStatus twoFactorStatus(String accessToken) {
    return calls.call(
        ApiCalls.bearer(calls.get("/api/auth/2fa"), accessToken), TwoFactorStatus.class);
  }

  TwoFactorSetup setUpTwoFactor(String accessToken, String password) {
    return calls.call(
        ApiCalls.bearer(
            calls.post("/api/auth/2fa/setup", TwoFactorSetupRequest.withPassword(password)),
            accessToken),
        TwoFactorSetup.class);
  }

  TwoFactorEnabled confirmTwoFactor(String accessToken, String code) {
    return calls.call(
        ApiCalls.bearer(
            calls.post("/api/auth/2fa/confirm", new TwoFactorConfirm(code, null)), accessToken),
        TwoFactorEnabled.class);
  }

  /**
   * A new secret for the holder of a setup token (a login answered it), without an access token.
   */
  TwoFactorSetup setUpTwoFactorWithToken(String setupToken) {
    return calls.call(
        calls.post("/api/auth/2fa/setup", TwoFactorSetupRequest.withToken(setupToken)),
        TwoFactorSetup.class);
  }

  /** Confirms with a setup token: the answer carries the login's session. */
  TwoFactorEnabled confirmTwoFactorWithToken(String setupToken, String code) {
    return calls.call(
        calls.post("/api/auth/2fa/confirm", new TwoFactorConfirm(code, setupToken)),
        TwoFactorEnabled.class);
  }

  void disableTwoFactor(String accessToken, TwoFactorDisable request) {
    calls.call(ApiCalls.bearer(calls.post("/api/auth/2fa/disable", request), accessToken), null);
  }

  AuthResult refresh(String refreshToken) {
    return calls.call(
        calls.post("/api/auth/refresh", new RefreshRequest(refreshToken)), AuthResult.class);
  }

  void logout(String accessToken, String refreshToken) {
    calls.call(
        ApiCalls.bearer(
            calls.post("/api/auth/logout", new LogoutRequest(refreshToken)), accessToken),
        null);
  }

  List<User> searchUsers(String accessToken, String query) {
    HttpUrl url = calls.path("/api/users").addQueryParameter("query", query).build();
    return calls
        .call(ApiCalls.bearer(new Request.Builder().url(url), accessToken), UserList.class)
        .users();
  }

  User updateProfile(String accessToken, ProfileUpdate update) {
    Request.Builder request =
        new Request.Builder().url(calls.resolve("/api/users/me")).patch(ApiCalls.json(update));
    return calls.call(ApiCalls.bearer(request, accessToken), User.class);
  }

  List<SessionInfo> sessions(String accessToken) {
    return calls
        .call(ApiCalls.bearer(calls.get("/api/auth/sessions"), accessToken), SessionList.class)
        .sessions();
  }

  void revokeSession(String accessToken, String sessionId) {
    HttpUrl url = calls.path("/api/auth/sessions/").addPathSegment(sessionId).build();
    calls.call(ApiCalls.bearer(new Request.Builder().url(url).delete(), accessToken), null);
  }

  /** {@code DELETE /api/users/me}: deletes the signed-in account for good. */
  void deleteAccount(String accessToken, PasswordConfirmation confirmation) {
    Request.Builder request =
        new Request.Builder()
            .url(calls.resolve("/api/users/me"))
            .delete(ApiCalls.json(confirmation));
    calls.call(ApiCalls.bearer(request, accessToken), null);
  }

  /** The calls of {@code /api/keys/*}, on the same server. */
  KeyRequests keys() {
    return new KeyRequests(calls);
  }

  void changePassword(String accessToken, PasswordChange change) {
    calls.call(ApiCalls.bearer(calls.post("/api/auth/password", change), accessToken), null);
  }

  void logoutAll(String accessToken) {
    calls.call(ApiCalls.bearer(calls.post("/api/auth/logout-all", Map.of()), accessToken), null);
  }

  List<AccountInfo> accounts(String accessToken, String query) {
    HttpUrl url = calls.path("/api/admin/accounts").addQueryParameter("query", query).build();
    return calls
        .call(ApiCalls.bearer(new Request.Builder().url(url), accessToken), AccountList.class)
        .accounts();
  }

  /** A page of the audit log, newest first: the newest, or those older than {@code before}. */
  AuditPage audit(String accessToken, Long before) {
    HttpUrl.Builder url = calls.path("/api/admin/audit");
    if (before != null) {
      url.addQueryParameter("before", before.toString());
    }
    return calls.call(
        ApiCalls.bearer(new Request.Builder().url(url.build()), accessToken), AuditPage.class);
  }

  /** {@code action} is {@code role}, {@code deactivate}, {@code reactivate} or {@code password}. */
  AccountInfo changeAccount(String accessToken, String userId, String action, Object body) {
    HttpUrl url =
        calls.path("/api/admin/accounts/").addPathSegment(userId).addPathSegment(action).build();
    Request.Builder request = new Request.Builder().url(url).post(ApiCalls.json(body));
    return calls.call(ApiCalls.bearer(request, accessToken), AccountInfo.class);
  }

  RegistrationMode registration(String accessToken) {
    return calls
        .call(ApiCalls.bearer(calls.get(REGISTRATION), accessToken), RegistrationSettings.class)
        .mode();
  }

  /** Whether the server requires two-factor sign-in of everyone; sets it first unless null. */
  boolean twoFactorRequired(String accessToken, Boolean required) {
    Request.Builder request =
        required == null
            ? calls.get("/api/admin/two-factor")
            : calls.post("/api/admin/two-factor", new TwoFactorPolicy(required));
    return calls.call(ApiCalls.bearer(request, accessToken), TwoFactorPolicy.class).required();
  }

  RegistrationMode setRegistration(String accessToken, RegistrationMode mode) {
    return calls
        .call(
            ApiCalls.bearer(calls.post(REGISTRATION, new RegistrationSettings(mode)), accessToken),
            RegistrationSettings.class)
        .mode();
  }

  List<Invite> invites(String accessToken) {
    return calls.call(ApiCalls.bearer(calls.get(INVITES), accessToken), InviteList.class).invites();
  }

  Invite createInvite(String accessToken, InviteRequest request) {
    return calls.call(ApiCalls.bearer(calls.post(INVITES, request), accessToken), Invite.class);
  }

  void revokeInvite(String accessToken, String code) {
    HttpUrl url = calls.path(INVITES + "/").addPathSegment(code).build();
    calls.call(ApiCalls.bearer(new Request.Builder().url(url).delete(), accessToken), null);
  }

  Invite createRoomInvite(String accessToken, String roomId, InviteRequest request) {
    HttpUrl url = calls.path("/api/rooms/").addPathSegment(roomId).build();
    Request.Builder post = calls.post(url + "/invites", request);
    return calls.call(ApiCalls.bearer(post, accessToken), Invite.class);
  }

  List<Invite> roomInvites(String accessToken, String roomId) {
    HttpUrl url =
        calls.path("/api/rooms/").addPathSegment(roomId).addPathSegment("invites").build();
    return calls
        .call(ApiCalls.bearer(calls.get(url.toString()), accessToken), InviteList.class)
        .invites();
  }

  void revokeRoomInvite(String accessToken, String roomId, String code) {
    HttpUrl url =
        calls
            .path("/api/rooms/")
            .addPathSegment(roomId)
            .addPathSegment("invites")
            .addPathSegment(code)
            .build();
    calls.call(ApiCalls.bearer(new Request.Builder().url(url).delete(), accessToken), null);
  }

  Room redeemInvite(String accessToken, String code) {
    HttpUrl url = calls.path("/api/invites/").addPathSegment(code).build();
    return calls
        .call(ApiCalls.bearer(calls.post(url + "/redeem", Map.of()), accessToken), RoomResult.class)
        .room();
  }

  /**
   * Streams the file at {@code path} (as an attachment names it) into {@code target} through {@code
   * download}, which may cancel it midway. A path that leads to another origin is refused before
   * any request: the access token goes to this server alone.
   */
  void download(String accessToken, String path, Download download, Path target) {
    HttpUrl base = calls.base();
    HttpUrl url = base.resolve(path);
    if (url == null
        || !url.scheme().equals(base.scheme())
        || !url.host().equals(base.host())
        || url.port() != base.port()) {
      throw new IllegalArgumentException("the server named a file elsewhere: " + path);
    }
    Call call = calls.newCall(ApiCalls.bearer(new Request.Builder().url(url), accessToken).build());
    download.started(call);
    try (Response response = call.execute()) {
      if (!response.isSuccessful()) {
        throw new ApiException(ApiCalls.errorOf(response.code(), response.body().bytes()));
      }
      download.write(response.body().byteStream(), response.body().contentLength(), target);
    } catch (IOException e) {
      if (download.cancelled()) {
        throw new CancellationException("the download was cancelled");
      }
      throw calls.unanswered(e);
    }
  }

  /**
   * Uploads {@code file} into {@code roomId} as {@code name} ({@code POST /api/files}), streamed
   * from disk; {@code sent} hears the bytes sent so far, {@code started} gets the call to cancel. A
   * file that cannot be read fails with {@link UncheckedIOException}.
   */
  Attachment upload(
      String accessToken,
      String roomId,
      Path file,
      String name,
      LongConsumer sent,
      Consumer<Call> started) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    HttpUrl url = calls.path("/api/files").addQueryParameter("roomId", roomId).build();
    Request.Builder request =
        new Request.Builder()
            .url(url)
            .header("X-File-Name", percentEncoded(name))
            .post(new FileBody(file, size, sent));
    return calls.call(ApiCalls.bearer(request, accessToken), Attachment.class, started);
  }

  /** UTF-8, percent-encoded, a space as {@code %20}: the server reads {@code +} as a plus. */
  private static String percentEncoded(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
