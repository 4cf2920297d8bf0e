package chat.server.http;

import chat.protocol.http.Credentials;
import chat.protocol.http.LogoutRequest;
import chat.protocol.http.PasswordChange;
import chat.protocol.http.PasswordRenewal;
import chat.protocol.http.RefreshRequest;
import chat.protocol.http.Registration;
import chat.protocol.http.SessionList;
import chat.server.auth.AccountService;
import chat.server.auth.AuthenticatedUser;
import chat.server.auth.SessionService;

/**
 * {@code /api/auth/*}: register, login, refresh, logout (of one session or all), the caller's
 * sessions and their password, and the renewal of a temporary password an admin set.
 */
final class AuthEndpoints {

  private static final int MAX_USER_AGENT_CHARS = 256;

  private final AccountService accounts;
  private final SessionService sessions;

  AuthEndpoints(AccountService accounts, SessionService sessions) {
    this.accounts = accounts;
    this.sessions = sessions;
  }

  void addTo(Router router) {
    router
        .route(
            "POST",
            "/api/auth/register",
            r ->
                Response.json(
                    201,
                    accounts.register(r.body(Registration.class), r.remoteAddress(), userAgent(r))))
        .route(
            "POST",
            "/api/auth/login",
            r ->
                Response.ok(
                    accounts.login(r.body(Credentials.class), r.remoteAddress(), userAgent(r))))
        .route(
            "POST",
            "/api/auth/refresh",
            r -> Response.ok(accounts.refresh(r.body(RefreshRequest.class).refreshToken())))
        .route("POST", "/api/auth/logout", this::logout)
        .route(
            "POST",
            "/api/auth/logout-all",
            r -> {
              sessions.revokeEverywhere(r.user());
              return Response.noContent();
            })
        .route(
            "POST",
            "/api/auth/password",
            r -> {
              accounts.changePassword(r.user(), r.body(PasswordChange.class), r.remoteAddress());
              return Response.noContent();
            })
        .route(
            "POST",
            "/api/auth/password/renew",
            r ->
                Response.ok(
                    accounts.renewPassword(
                        r.body(PasswordRenewal.class), r.remoteAddress(), userAgent(r))))
        .route(
            "GET", "/api/auth/sessions", r -> Response.ok(new SessionList(sessions.list(r.user()))))
        .route(
            "DELETE",
            "/api/auth/sessions/([^/]+)",
            r -> {
              sessions.revoke(r.user(), r.pathParam(1));
              return Response.noContent();
            });
  }

  /** Ends the caller's session; a refresh token in the body is only checked for shape. */
  private Response logout(Request request) {
    AuthenticatedUser user = request.user();
    request.optionalBody(LogoutRequest.class);
    sessions.revoke(user, user.sessionId());
    return Response.noContent();
  }

  /** The client's User-Agent, cut to a length worth storing with a session. */
  static String userAgent(Request request) {
    String agent = request.header("User-Agent");
    if (agent == null) {
      return "";
    }
    return agent.length() > MAX_USER_AGENT_CHARS ? agent.substring(0, MAX_USER_AGENT_CHARS) : agent;
  }
}
