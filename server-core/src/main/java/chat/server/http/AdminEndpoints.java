package chat.server.http;

import chat.protocol.http.AccountList;
import chat.protocol.http.InviteList;
import chat.protocol.http.InviteRequest;
import chat.protocol.http.PasswordReset;
import chat.protocol.http.RegistrationSettings;
import chat.protocol.http.RoleChange;
import chat.server.auth.AccountAdministration;
import chat.server.auth.AuditLog;
import chat.server.auth.RegistrationPolicy;

/**
 * {@code /api/admin/*}, for the server's admins: its accounts, who may register, invites, and the
 * audit log.
 */
final class AdminEndpoints {

  private static final String ACCOUNT = "/api/admin/accounts/([^/]+)";

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
            r ->
                Response.ok(
                    administration.changeRole(
                        r.user(),
                        r.remoteAddress(),
                        r.pathParam(1),
                        r.body(RoleChange.class).role())))
        .route(
            "POST",
            ACCOUNT + "/deactivate",
            r ->
                Response.ok(administration.deactivate(r.user(), r.remoteAddress(), r.pathParam(1))))
        .route(
            "POST",
            ACCOUNT + "/reactivate",
            r ->
                Response.ok(administration.reactivate(r.user(), r.remoteAddress(), r.pathParam(1))))
        .route(
            "POST",
            ACCOUNT + "/password",
            r ->
                Response.ok(
                    administration.resetPassword(
                        r.user(),
                        r.remoteAddress(),
                        r.pathParam(1),
                        r.body(PasswordReset.class).password())))
        .route(
            "GET",
            "/api/admin/registration",
            r -> Response.ok(new RegistrationSettings(registration.mode(r.user()))))
        .route(
            "POST",
            "/api/admin/registration",
            r ->
                Response.ok(
                    new RegistrationSettings(
                        registration.changeMode(
                            r.user(),
                            r.remoteAddress(),
                            r.body(RegistrationSettings.class).mode()))))
        .route(
            "GET",
            "/api/admin/invites",
            r -> Response.ok(new InviteList(registration.invites(r.user()))))
        .route(
            "POST",
            "/api/admin/invites",
            r ->
                Response.json(
                    201,
                    registration.createInvite(
                        r.user(), r.remoteAddress(), r.body(InviteRequest.class))))
        .route(
            "DELETE",
            "/api/admin/invites/([^/]+)",
            r -> {
              registration.revokeInvite(r.user(), r.remoteAddress(), r.pathParam(1));
              return Response.noContent();
            })
        .route(
            "GET",
            "/api/admin/audit",
            r -> Response.ok(audit.page(r.user(), r.query("before"), r.query("limit"))));
  }
}
