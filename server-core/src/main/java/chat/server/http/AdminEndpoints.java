package chat.server.http;

import chat.protocol.http.AccountInfo;
import chat.protocol.http.AccountList;
import chat.protocol.http.PasswordReset;
import chat.protocol.http.RegistrationSettings;
import chat.protocol.http.RoleChange;
import chat.server.auth.AccountAdministration;
import chat.server.auth.AuditLog;
import chat.server.auth.AuthenticatedUser;
import chat.server.auth.RegistrationPolicy;

/**
 * {@code /api/admin/*}, for the server's admins: its accounts, who may register, and the audit log.
 * Invites are {@link InviteEndpoints}'.
 */
final class AdminEndpoints {

  private static final String ACCOUNT = "/api/admin/accounts/([^/]+)";

  /** What an admin does to the account of the path, from an address. */
  @FunctionalInterface
  private interface AccountAction {
    AccountInfo apply(AuthenticatedUser caller, String address, String userId, Request request);
  }

  private final AccountAdministration administration;
  private final RegistrationPolicy registration;
  private final AuditLog audit;

  AdminEndpoints(
      AccountAdministration administration, RegistrationPolicy registration, AuditLog audit) {
    this.administration = administration;
    this.registration = registration;
    this.audit = audit;
  }

  void addTo(Router router) {
    router
        .route(
            "GET",
            "/api/admin/accounts",
            r -> Response.ok(new AccountList(administration.list(r.user(), r.query("query")))))
        .route(
            "POST",
            ACCOUNT + "/role",
            onAccount(
                (caller, address, userId, r) ->
                    administration.changeRole(
                        caller, address, userId, r.body(RoleChange.class).role())))
        .route(
            "POST",
            ACCOUNT + "/deactivate",
            onAccount(
                (caller, address, userId, r) -> administration.deactivate(caller, address, userId)))
        .route(
            "POST",
            ACCOUNT + "/reactivate",
            onAccount(
                (caller, address, userId, r) -> administration.reactivate(caller, address, userId)))
        .route(
            "POST",
            ACCOUNT + "/password",
            onAccount(
                (caller, address, userId, r) ->
                    administration.resetPassword(
                        caller, address, userId, r.body(PasswordReset.class).password())))
        .route(
            "GET",
            "/api/admin/registration",
            r -> Response.ok(new RegistrationSettings(registration.mode(r.user()))))
        .route("POST", "/api/admin/registration", this::changeMode)
        .route(
            "GET",
            "/api/admin/audit",
            r -> Response.ok(audit.page(r.user(), r.query("before"), r.query("limit"))));
  }

  private static Router.Endpoint onAccount(AccountAction action) {
    return r -> Response.ok(action.apply(r.user(), r.remoteAddress(), r.pathParam(1), r));
  }

  private Response changeMode(Request request) {
    return Response.ok(
        new RegistrationSettings(
            registration.changeMode(
                request.user(),
                request.remoteAddress(),
                request.body(RegistrationSettings.class).mode())));
  }
}
